"""Each notice page carries JSON-LD in the W3C Data Privacy Vocabulary, readable by a JSON-LD processor."""

import json
import re

import pytest
from pyld import jsonld

from conftest import MINIMAL, mkdocs_build, notice_page, write_site

DPV = "https://w3id.org/dpv#"
GDPR = "https://w3id.org/dpv/legal/eu/gdpr#"
PAGES = [f"{prefix}tietosuoja/{name}/" for prefix in ("", "sv/", "en/") for name in ("potilasrekisteri", "asiakasrekisteri")]


def expanded(build, path):
    scripts = build.html(path).select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    # The context is inline, so expansion needs no network.
    return jsonld.expand(json.loads(scripts[0].string))[0]


def ids(node, prop):
    return {item.get("@id") for item in node.get(prop, [])}


@pytest.mark.parametrize("path", PAGES)
def test_every_notice_page_carries_dpv_json_ld(site_example, path):
    node = expanded(site_example, path)
    assert DPV + "Notice" in node["@type"]
    assert node["@id"] == "https://esimerkki.github.io/mkdocs-seloste/" + path
    assert node["http://purl.org/dc/terms/language"][0]["@value"].endswith("-FI")
    controller = node[DPV + "hasDataController"][0]
    assert controller["https://schema.org/name"][0]["@value"] == "Esteettisen Hammashoidon klinikka Oy"
    assert GDPR + "A77" in ids(node, DPV + "hasRight")
    assert ids(node, DPV + "hasAuthority") == {"https://w3id.org/dpv/legal/fi#DPA-FI"}
    assert node[DPV + "hasPurpose"] and node[DPV + "hasPersonalData"] and node[DPV + "hasStorageCondition"]


def test_patient_register_terms(site_example):
    node = expanded(site_example, "tietosuoja/potilasrekisteri/")
    assert ids(node, DPV + "hasLegalBasis") == {GDPR + "A6-1-c", GDPR + "A9-2-h"}
    assert ids(node, DPV + "hasRight") == {GDPR + "A15", GDPR + "A16", GDPR + "A18", GDPR + "A77"}
    # Data comes from Kanta and other providers too: an Article 14 notice.
    assert GDPR + "IndirectDataCollectionNotice" in node["@type"]


def test_customer_register_terms(site_example):
    node = expanded(site_example, "en/tietosuoja/asiakasrekisteri/")
    assert ids(node, DPV + "hasLegalBasis") == {GDPR + "A6-1-a", GDPR + "A6-1-f", GDPR + "A46-2-c"}
    assert GDPR + "A7-3" in ids(node, DPV + "hasRight")
    assert GDPR + "DirectDataCollectionNotice" in node["@type"]
    purposes = {p["http://purl.org/dc/terms/description"][0]["@value"]: p["@type"] for p in node[DPV + "hasPurpose"]}
    assert purposes["direct marketing"] == [DPV + "DirectMarketing"]  # described in the page's own language
    assert purposes["analysis and statistics"] == [DPV + "ServiceUsageAnalytics"]


def test_nothing_in_the_json_ld_can_close_its_script_element():
    from mkdocs_seloste.jsonld import script
    tag = script({"dct:title": "</script><script>alert(1)</script>"})
    assert tag.count("</script>") == 1 and "\\u003c/script>" in tag
    assert json.loads(re.search(r">(.*)</script>$", tag).group(1))["dct:title"].startswith("</script>")


@pytest.mark.parametrize("site_url, use_directory_urls", [
    ("https://klinikka.example/palvelut", False), ("https://klinikka.example/palvelut/", True), (None, True)])
def test_the_json_ld_address_is_the_page_canonical_address(tmp_path, site_url, use_directory_urls):
    extra = {"use_directory_urls": use_directory_urls, **({"site_url": site_url} if site_url else {})}
    build = mkdocs_build(write_site(tmp_path, {"index.md": "# Etusivu\n", "tietosuoja/seloste.md": notice_page(MINIMAL)},
                                    extra_config=extra))
    assert build.returncode == 0, build.output
    for path in ("tietosuoja/seloste", "sv/tietosuoja/seloste", "en/tietosuoja/seloste"):
        page = build.html(path + "/" if use_directory_urls else path + ".html")
        doc = json.loads(page.select_one('script[type="application/ld+json"]').string)
        canonical = page.select_one('link[rel="canonical"]')
        if site_url is None:
            assert canonical is None and "@id" not in doc
        else:
            assert doc["@id"] == canonical["href"]

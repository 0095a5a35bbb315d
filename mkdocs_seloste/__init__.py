"""mkdocs-seloste: privacy notices (tietosuojaseloste) in Finnish, Swedish and English from front matter."""

__version__ = "0.1.0"

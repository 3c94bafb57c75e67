"""Allow ``python -m pfocr_net``."""

from pfocr_net.cli import main

if __name__ == "__main__":
    main()

"""OCR engine adapters."""

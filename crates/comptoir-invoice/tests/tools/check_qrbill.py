"""Reads a QR-bill back with tools we did not write.

usage: check_qrbill.py PAGE.png EXPECTED_PAYLOAD.txt

1. zxing-cpp decodes the QR code from the rendered page (zbarimg cannot read genuine QR-bills:
   the Swiss cross defeats it); the text must equal the payload the engine built.
2. Every character is in the IG 2.3 set (U+0020-U+007E, U+00A0-U+017F, Ș ș Ț ț, €) and no field
   holds a line break (qrbill accepts both, so we check them ourselves).
3. PyPI `qrbill` rebuilds a bill from the decoded fields (it raises on invalid data) and its own
   payload must equal ours.
Exits non-zero, with the reason, on any difference.
"""
import sys

import zxingcpp
from PIL import Image
from qrbill import QRBill


def allowed(ch):
    c = ord(ch)
    return 0x20 <= c <= 0x7E or 0xA0 <= c <= 0x17F or 0x218 <= c <= 0x21B or ch == "\u20ac"


def lines(text):
    return text.replace("\r\n", "\n").split("\n")


def main():
    page, expected_path = sys.argv[1], sys.argv[2]
    expected = open(expected_path, encoding="utf-8").read()
    found = [r.text for r in zxingcpp.read_barcodes(Image.open(page)) if r.text.startswith("SPC")]
    if len(found) != 1:
        sys.exit(f"expected one QR-bill code on the page, found {len(found)}")
    decoded = found[0]
    if lines(decoded) != lines(expected):
        sys.exit(f"decoded payload differs:\n{decoded!r}\n!=\n{expected!r}")
    f = lines(decoded)
    if len(f) not in (31, 32, 34):
        sys.exit(f"expected 31 elements (plus alternative schemes), found {len(f)}: a field holds a line break?")
    for i, field in enumerate(f):
        for ch in field:
            if not allowed(ch):
                sys.exit(f"element {i} holds {ch!r} (U+{ord(ch):04X}), outside the QR-bill character set")

    def contact(i):
        return {"name": f[i + 1], "street": f[i + 2], "house_num": f[i + 3], "pcode": f[i + 4], "city": f[i + 5], "country": f[i + 6]}

    bill = QRBill(
        account=f[3],
        creditor=contact(4),
        amount=f[18] or None,
        currency=f[19],
        debtor=contact(20) if f[20] == "S" else None,
        reference_number=f[28] or None,
        additional_information=f[29],
    )
    theirs = bill.qr_data()
    if lines(theirs) != lines(decoded):
        sys.exit(f"qrbill rebuilds a different payload:\n{theirs!r}\n!=\n{decoded!r}")
    print("ok", f[3], f[18], f[19], f[27], f[28])


if __name__ == "__main__":
    main()

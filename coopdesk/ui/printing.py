"""Printing a PDF (receipt, statement) through the system print dialog.

Qt Essentials has no PDF renderer, so each page is rasterised with pypdfium2 and painted on
the QPrinter.  At up to 300 dpi that is indistinguishable from vector output on the laser
and inkjet printers cooperatives use, and it works the same on Windows and Linux printers.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

# A printer may report 1200 dpi; an A4 page at that resolution is a 550 MB image, too much
# for the 4 GB office PCs.  300 dpi is what the printers really resolve for text.
MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72


def _page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One page as an RGB QImage that owns its pixels (the pdfium bitmap is freed after)."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True, rev_byteorder=True)
    try:
        data = bytes(bitmap.buffer)
        image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
        # copy() detaches from ``data``; RGB32 is the format QPainter draws fastest.
        return image.convertToFormat(QImage.Format.Format_RGB32)
    finally:
        bitmap.close()


def page_count(pdf_path: Path) -> int:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_pdf_pages(pdf_path: Path, dpi: float) -> list[QImage]:
    """Every page of the PDF as a QImage at ``dpi`` (for previews and tests)."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [_page_image(pdf[i], dpi) for i in range(len(pdf))]
    finally:
        pdf.close()


def _target_rect(page_size_pt: tuple[float, float], printer: QPrinter, *, enlarge: bool) -> QRect:
    """Where a page goes on the printer's paintable area, in device pixels.

    Kept in proportion, centred across and at the top of the sheet.  Never enlarged unless
    asked: an A5-landscape receipt is exactly as wide as A4 portrait, so on the A4 paper
    most offices load it prints (almost) full size on the top half, ready to be cut off,
    instead of being blown up to a poster.  Anything larger than the paper is shrunk to fit.
    """
    resolution = printer.resolution()
    area = printer.pageLayout().paintRectPixels(resolution)
    natural_w = page_size_pt[0] / POINTS_PER_INCH * resolution
    natural_h = page_size_pt[1] / POINTS_PER_INCH * resolution
    scale = min(area.width() / natural_w, area.height() / natural_h)
    if not enlarge:
        scale = min(scale, 1.0)
    size = QSize(round(natural_w * scale), round(natural_h * scale))
    return QRect(QPoint((area.width() - size.width()) // 2, 0), size)


def print_pdf_to(printer: QPrinter, pdf_path: Path, *, enlarge: bool = False) -> int:
    """Print the PDF on an already set-up printer (no dialog); returns the pages printed.

    Honours a page range chosen in the print dialog (``fromPage``/``toPage``, 1-based).
    """
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    pdf = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter()
    try:
        count = len(pdf)
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        if count == 0 or first > last:
            return 0
        if not painter.begin(printer):
            raise OSError(f"cannot print to {printer.printerName() or printer.outputFileName()}")
        printed = 0
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            page = pdf[index]
            image = _page_image(page, dpi)  # one page at a time: memory stays at one bitmap
            target = _target_rect(page.get_size(), printer, enlarge=enlarge)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, image)
            printed += 1
        return printed
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()


def print_pdf(parent: QWidget | None, pdf_path: Path) -> bool:
    """Show the system print dialog for ``pdf_path``; print if accepted.  True when printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(pdf_path).stem)
    pages = page_count(pdf_path)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(Path(pdf_path).name)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, pages > 1)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        printer.setFromTo(0, 0)  # all pages
    return print_pdf_to(printer, pdf_path) > 0

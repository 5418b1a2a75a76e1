/** PDF for fazhi: the PDF reader (text lines with their layout, through the structure reader) and the PDF renderer in GB/T 9704-2012 layout, on Apache PDFBox. */
package io.github.fazhi.pdf;

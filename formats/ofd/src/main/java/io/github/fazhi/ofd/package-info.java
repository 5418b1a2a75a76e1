/** OFD (GB/T 33190) for fazhi: the OFD reader (text objects grouped into lines, through the structure reader) and the OFD renderer in GB/T 9704-2012 layout, on ofdrw. */
package io.github.fazhi.ofd;

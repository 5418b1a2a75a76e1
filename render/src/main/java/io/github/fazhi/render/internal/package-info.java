/** Implementation details shared by the formats; not part of the API and may change in any release. */
package io.github.fazhi.render.internal;

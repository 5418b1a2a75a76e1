/** Message texts, formatting and caches behind the assertions; not part of the API. */
package io.github.fazhi.assertj.internal;

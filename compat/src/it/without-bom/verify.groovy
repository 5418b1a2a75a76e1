// Without the BOM the enforcer must find the divergence the BOM exists to settle.
def log = new File(basedir, 'build.log').text
assert log.contains('Dependency convergence error') : 'no convergence error: does fazhi-bom still need to pin commons-io and commons-codec?'
assert log.contains('commons-io:commons-io') && log.contains('commons-codec:commons-codec')
return true

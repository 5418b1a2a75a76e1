import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathConstants
import javax.xml.xpath.XPathFactory

// The build passed, so the enforcer found no divergence; check that the rule really ran.
def log = new File(basedir, 'build.log').text
assert log.contains('DependencyConvergence passed') : 'the dependency convergence rule did not run'

// The BOM lists every published module of the build, at the build's version, and pins commons-io and
// commons-codec at the versions fazhi-parent builds with.
def xpath = XPathFactory.newInstance().newXPath()
def read = { File f -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f) }
def text = { doc, String path -> xpath.evaluate(path, doc) }
def texts = { doc, String path ->
    def nodes = xpath.evaluate(path, doc, XPathConstants.NODESET)
    (0..<nodes.length).collect { nodes.item(it).textContent.trim() }
}
def root = new File(basedir, '../../../..').canonicalFile
def parent = read(new File(root, 'pom.xml'))
def bom = read(new File(root, 'bom/pom.xml'))
assert text(bom, '/project/version') == text(parent, '/project/version') : 'fazhi-bom and fazhi-parent differ in version'
def listed = texts(bom, "/project/dependencyManagement/dependencies/dependency[groupId='io.github.fazhi']/artifactId") as Set
def published = texts(parent, '/project/modules/module')
        .collect { read(new File(root, it + '/pom.xml')) }
        .findAll { text(it, '/project/artifactId') != 'fazhi-bom' && text(it, "/project/properties/*[local-name()='maven.deploy.skip']") != 'true' }
        .collect { text(it, '/project/artifactId') } as Set
assert listed == published : "fazhi-bom lists ${listed}, the build publishes ${published}"
['commons-io', 'commons-codec'].each { name ->
    def managed = text(parent, "/project/dependencyManagement/dependencies/dependency[artifactId='${name}']/version")
    def pinned = text(bom, "/project/properties/*[local-name()='${name}.version']")
    assert pinned == managed : "${name}: fazhi-bom pins ${pinned}, fazhi-parent builds with ${managed}"
}
return true

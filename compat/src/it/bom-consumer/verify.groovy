import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathConstants
import javax.xml.xpath.XPathFactory

// The build passed, so the enforcer found no divergence; check that the rule really ran.
def log = new File(basedir, 'build.log').text
assert log.contains('DependencyConvergence passed') : 'the dependency convergence rule did not run'

// The BOM lists every published module of the build, at the build's version, and pins commons-io,
// commons-codec and commons-compress at the versions fazhi-parent builds with.
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
['commons-io', 'commons-codec', 'commons-compress'].each { name ->
    def managed = text(parent, "/project/dependencyManagement/dependencies/dependency[artifactId='${name}']/version")
    def pinned = text(bom, "/project/properties/*[local-name()='${name}.version']")
    assert pinned == managed : "${name}: fazhi-bom pins ${pinned}, fazhi-parent builds with ${managed}"
}

// Every published module was packaged as Maven Central wants it: a sources jar, a javadoc jar (javadoc
// cannot run on a module with no class yet, only a package-info), and a jar naming its module.
def version = text(parent, '/project/version')
texts(parent, '/project/modules/module').each { folder ->
    def dir = new File(root, folder)
    def pom = read(new File(dir, 'pom.xml'))
    def id = text(pom, '/project/artifactId')
    if (!(id in published)) {
        return
    }
    def jar = new File(dir, "target/${id}-${version}.jar")
    assert jar.isFile() : "${jar} was not built"
    assert new File(dir, "target/${id}-${version}-sources.jar").isFile() : "${id} has no sources jar"
    def hasClasses = false
    new File(dir, 'src/main/java').eachFileRecurse { f -> if (f.name.endsWith('.java') && f.name != 'package-info.java') hasClasses = true }
    if (hasClasses) {
        assert new File(dir, "target/${id}-${version}-javadoc.jar").isFile() : "${id} has no javadoc jar"
    }
    def name = new java.util.jar.JarFile(jar).withCloseable { it.manifest.mainAttributes.getValue('Automatic-Module-Name') }
    assert name ==~ /io\.github\.fazhi\.[a-z]+/ : "${id}: Automatic-Module-Name is ${name}"
}
return true

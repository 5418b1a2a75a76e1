// Starts the app's executable jar (target/app.jar) with `java -jar`, as an operator would, uploads the
// report over HTTP and checks what comes back; then stops it. `basedir` is the app's folder.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets
import java.time.Duration

def jar = new File(basedir, 'target/app.jar')
assert jar.isFile() : "${jar} was not built"
def port = new ServerSocket(0).withCloseable { it.localPort }
def log = new File(basedir, 'app.log')
def java = new File(System.getProperty('java.home'), 'bin/java').path
def app = new ProcessBuilder(java, '-jar', jar.path, "--server.port=${port}")
        .directory(basedir)
        .redirectErrorStream(true)
        .redirectOutput(log)
        .start()
def http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
def post = { String path, byte[] body, String type ->
    http.send(HttpRequest.newBuilder(URI.create("http://localhost:${port}${path}"))
            .header('Content-Type', type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(), HttpResponse.BodyHandlers.ofByteArray())
}
try {
    def report = new File(basedir, '../../../src/it/boot-app/src/test/resources/qinghe-scjgj-2025.txt').bytes
    def deadline = System.currentTimeMillis() + 120_000
    def findings = null
    while (findings == null) {
        assert app.alive : "the app stopped: ${log.text}"
        assert System.currentTimeMillis() < deadline : "the app did not answer within 120 s: ${log.text}"
        try {
            findings = post('/reports/findings?name=qinghe.txt', report, 'application/octet-stream')
        } catch (IOException notYet) {
            Thread.sleep(500)
        }
    }
    assert findings.statusCode() == 200
    def json = new String(findings.body(), StandardCharsets.UTF_8)
    assert (json =~ /"ruleId" : "([a-z-]+)"/).collect { it[1] } == ['part-missing', 'numbering-gap']

    def sarif = new String(post('/reports/sarif?name=qinghe.txt', report, 'application/octet-stream').body(), StandardCharsets.UTF_8)
    assert sarif.contains('"version" : "2.1.0"') && sarif.contains('"startLine" : 7')

    def html = post('/reports/render/html?name=qinghe.txt', report, 'application/octet-stream')
    assert html.statusCode() == 200 && new String(html.body(), StandardCharsets.UTF_8).contains('lang="zh-CN"')

    def docx = post('/reports/render/docx?name=qinghe.txt', report, 'application/octet-stream')
    assert docx.statusCode() == 200 && new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1) == 'PK'
    def again = new String(post('/reports/findings?name=qinghe.docx', docx.body(), 'application/octet-stream').body(), StandardCharsets.UTF_8)
    assert (again =~ /"ruleId" : "([a-z-]+)"/).collect { it[1] } == ['part-missing', 'numbering-gap']

    // the starter's beans, auto-configured from the packaged jar: findings in the request's language
    def english = http.send(HttpRequest.newBuilder(URI.create("http://localhost:${port}/starter/findings?name=qinghe.txt"))
            .header('Content-Type', 'application/octet-stream')
            .header('Accept-Language', 'en')
            .POST(HttpRequest.BodyPublishers.ofByteArray(report))
            .build(), HttpResponse.BodyHandlers.ofString())
    assert english.statusCode() == 200 && english.body().contains('"locale" : "en"') && !english.body().contains('序号不连续')

    def blank = post('/people', '{"name": " "}'.getBytes(StandardCharsets.UTF_8), 'application/json')
    assert blank.statusCode() == 400
    assert new String(blank.body(), StandardCharsets.UTF_8) == 'violations: 1 [name NotBlank]'
} finally {
    app.destroy()
    if (!app.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        app.destroyForcibly()
    }
}
def output = log.text
assert output.contains('Started ReportsApplication') : output
assert !output.contains('Exception') : "the app logged an exception: ${output}"
assert !output.contains('Log4j API could not find a logging provider') : output
println "run with java -jar on port ${port}: read, validated, JSON, SARIF, HTML, DOCX, the starter's beans and @NotBlank as expected"
return true

// the packaged app, started as an operator would start it
evaluate(new File(basedir, '../../../src/it/boot-app/run-jar.groovy'))

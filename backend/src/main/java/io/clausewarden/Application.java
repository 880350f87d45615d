package io.clausewarden;

import io.clausewarden.cli.CoverageCommand;
import io.clausewarden.cli.EvaluateCommand;
import io.clausewarden.cli.ManifestCommand;
import io.clausewarden.cli.ReviewCommand;
import io.clausewarden.cli.TrainClassifierCommand;
import io.clausewarden.server.EmbeddedDefaults;
import io.micronaut.runtime.Micronaut;

import java.nio.file.Path;

public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && ("review".equals(args[0]) || "evaluate".equals(args[0]))) {
            // The command line needs no server, database or network: keep its logging off standard output.
            System.setProperty("CLAUSEWARDEN_LOG_TARGET", "System.err");
            System.setProperty("CLAUSEWARDEN_LOG_LEVEL", "WARN");
            System.exit("review".equals(args[0]) ? new ReviewCommand().run(args, System.out, System.err)
                    : new EvaluateCommand().run(args, System.out, System.err));
        }
        if (args.length > 0 && "train-classifier".equals(args[0])) {
            System.setProperty("CLAUSEWARDEN_LOG_TARGET", "System.err");
            System.setProperty("CLAUSEWARDEN_LOG_LEVEL", "WARN");
            System.exit(new TrainClassifierCommand().run(args, System.out, System.err));
        }
        if (args.length > 0 && "coverage".equals(args[0])) {
            System.setProperty("CLAUSEWARDEN_LOG_TARGET", "System.err");
            System.setProperty("CLAUSEWARDEN_LOG_LEVEL", "WARN");
            System.exit(new CoverageCommand().run(args, System.out, System.err));
        }
        if (args.length > 0 && "manifest".equals(args[0])) {
            System.exit(new ManifestCommand().run(args, System.out, System.err));
        }
        Path dataDir = EmbeddedDefaults.dataDirectory(System::getenv);
        EmbeddedDefaults.keepModelCachesIn(dataDir);
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(EmbeddedDefaults.prepare(dataDir, System::getenv))
                .start();
    }
}

package io.clausewarden.cli;

import java.io.PrintStream;

public final class ReviewCommand {
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("review: not available yet");
        return 2;
    }
}

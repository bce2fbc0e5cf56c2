package org.harmreductionworks.hub.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.json.JsonArray;

/**
 * The addresses of the web app's pages, as its build lists them (page-paths.json, written from the route table in
 * frontend/src/router.ts), matched the way the app's router matches them: trailing slashes do not count, and a
 * ":name" segment stands for any one non-empty segment. Lets the server answer a mistyped address with a 404.
 */
@ApplicationScoped
public class PagePaths {

    private static final String FILE = "META-INF/resources/page-paths.json";
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    /** Each page's path split into segments; absent without a built web app. */
    private final Optional<List<String[]>> pages;

    PagePaths() {
        this(read());
    }

    /** Paths from elsewhere than the built app: tests give their own. */
    public PagePaths(Optional<List<String>> paths) {
        this.pages = paths.map(list -> list.stream().map(PagePaths::segments).toList());
    }

    /**
     * Whether the path is one of the app's pages. Without a built web app (in development, Vite serves the pages)
     * the server cannot tell, and takes every path for one.
     */
    public boolean isPage(String path) {
        if (pages.isEmpty()) {
            return true;
        }
        String[] actual = segments(path);
        return pages.get().stream().anyMatch(page -> matches(page, actual));
    }

    private static boolean matches(String[] page, String[] actual) {
        if (page.length != actual.length) {
            return false;
        }
        for (int i = 0; i < page.length; i++) {
            boolean same = page[i].startsWith(":") ? !actual[i].isEmpty() : page[i].equals(actual[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** "/hosting/" and "/hosting" are the same page, as in the app's router (normalisePath). */
    private static String[] segments(String path) {
        String trimmed = TRAILING_SLASHES.matcher(path).replaceAll("");
        return trimmed.isEmpty() ? new String[] {""} : trimmed.split("/", -1);
    }

    private static Optional<List<String>> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                return Optional.empty();
            }
            JsonArray paths = new JsonArray(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return Optional.of(paths.stream().map(String::valueOf).toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package org.harmreductionworks.hub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An OCI image archive (the image layout of the OCI image spec, in one tar file) unpacked as a container runtime
 * would: the manifest and config are read from the index, every blob is checked against its digest, and the layers
 * are applied in order into a root file system, whiteouts included. Keeps what each path ended up as, with the
 * owner and mode the layer gave it, so tests can check the image rather than the disk it was unpacked on.
 */
public final class OciImage {

    /** A path of the unpacked image: a file ('f'), directory ('d'), symbolic link ('l') or hard link ('h'). */
    public record Entry(String path, char type, int mode, long uid, long gid, String linkTarget, int layer) {

        public boolean isFile() {
            return type == 'f' || type == 'h';
        }

        public boolean executable() {
            return isFile() && (mode & 0111) != 0;
        }

        public String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode config;
    private final List<String> layerNames;
    private final NavigableMap<String, Entry> entries = new TreeMap<>();

    private OciImage(JsonNode config, List<String> layerNames) {
        this.config = config;
        this.layerNames = layerNames;
    }

    /** The image's config (`config.Entrypoint`, `config.User`, `history`, ...), as the runtime reads it. */
    public JsonNode config() {
        return config;
    }

    /** Each layer's description (Jib writes the layer's name into the history), in the order they apply. */
    public List<String> layerNames() {
        return layerNames;
    }

    /** Every path of the image (relative, no leading slash) as the last layer touching it left it. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public Entry entry(String path) {
        return entries.get(path);
    }

    /**
     * Unpacks the archive into {@code rootfs} (emptied first). Owners are applied only when running as root; modes
     * always, so the unpacked tree is what the runtime would mount.
     */
    public static OciImage unpack(Path archive, Path rootfs) throws IOException {
        Path blobs = Files.createTempDirectory("hrw-oci-blobs");
        try {
            extractBlobs(archive, blobs);
            JsonNode index = JSON.readTree(blobs.resolve("index.json").toFile());
            JsonNode manifests = index.path("manifests");
            if (manifests.size() != 1) {
                throw new IOException("expected one image in " + archive + ", found " + manifests.size());
            }
            JsonNode manifest = JSON.readTree(blob(blobs, manifests.get(0).path("digest").asText()).toFile());
            JsonNode config = JSON.readTree(blob(blobs, manifest.path("config").path("digest").asText()).toFile());

            List<String> names = new ArrayList<>();
            config.path("history").forEach(step -> {
                if (!step.path("empty_layer").asBoolean(false)) {
                    names.add(step.path("comment").asText(step.path("created_by").asText()));
                }
            });
            OciImage image = new OciImage(config, names);

            deleteRecursively(rootfs);
            Files.createDirectories(rootfs);
            JsonNode layers = manifest.path("layers");
            JsonNode diffIds = config.path("rootfs").path("diff_ids");
            if (layers.size() != diffIds.size()) {
                throw new IOException("the manifest lists " + layers.size() + " layers, the config " + diffIds.size());
            }
            for (int i = 0; i < layers.size(); i++) {
                JsonNode layer = layers.get(i);
                String mediaType = layer.path("mediaType").asText();
                if (!mediaType.endsWith("tar+gzip") && !mediaType.endsWith("tar.gzip")) {
                    throw new IOException("layer " + i + " is " + mediaType + ", not a gzipped tar");
                }
                String diffId = image.applyLayer(blob(blobs, layer.path("digest").asText()), rootfs, i);
                if (!diffId.equals(diffIds.get(i).asText())) {
                    throw new IOException("layer " + i + " unpacks to " + diffId + ", the config says "
                            + diffIds.get(i).asText());
                }
            }
            image.applyModesAndOwners(rootfs);
            return image;
        } finally {
            deleteRecursively(blobs);
        }
    }

    private static void extractBlobs(Path archive, Path blobs) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile()) {
                    continue;
                }
                Path target = safeResolve(blobs, entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A blob's file, after checking that its content has the digest it is named by. */
    private static Path blob(Path blobs, String digest) throws IOException {
        if (!digest.startsWith("sha256:")) {
            throw new IOException("unsupported digest " + digest);
        }
        Path file = blobs.resolve("blobs/sha256").resolve(digest.substring("sha256:".length()));
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String actual = "sha256:" + HexFormat.of().formatHex(sha256.digest());
        if (!actual.equals(digest)) {
            throw new IOException("blob " + digest + " has the content of " + actual);
        }
        return file;
    }

    /** Applies one layer; returns the digest of its uncompressed tar (its diff id). */
    private String applyLayer(Path layer, Path rootfs, int index) throws IOException {
        MessageDigest sha256 = sha256();
        try (DigestInputStream uncompressed = new DigestInputStream(new GZIPInputStream(Files.newInputStream(layer)),
                sha256);
                TarArchiveInputStream tar = new TarArchiveInputStream(uncompressed)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String path = normalise(entry.getName());
                if (path.isEmpty()) {
                    continue;
                }
                String name = path.substring(path.lastIndexOf('/') + 1);
                String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
                if (name.equals(".wh..wh..opq")) {
                    // Opaque directory: what lower layers put in it is gone.
                    removeBelow(rootfs, parent);
                    continue;
                }
                if (name.startsWith(".wh.")) {
                    String removed = (parent.isEmpty() ? "" : parent + "/") + name.substring(".wh.".length());
                    remove(rootfs, removed);
                    continue;
                }
                Path target = safeResolve(rootfs, path);
                Entry previous = entries.get(path);
                if (previous != null && (previous.type() == 'd') != entry.isDirectory()) {
                    remove(rootfs, path);
                }
                Files.createDirectories(target.getParent());
                char type;
                String link = null;
                if (entry.isDirectory()) {
                    type = 'd';
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    type = 'l';
                    link = entry.getLinkName();
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(link));
                } else if (entry.isLink()) {
                    type = 'h';
                    link = normalise(entry.getLinkName());
                    Files.deleteIfExists(target);
                    Files.createLink(target, safeResolve(rootfs, link));
                } else if (entry.isFile()) {
                    type = 'f';
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    throw new IOException("layer " + index + " holds " + path + ", a device or fifo");
                }
                entries.put(path, new Entry(path, type, entry.getMode() & 07777, entry.getLongUserId(),
                        entry.getLongGroupId(), link, index));
            }
            // The digest covers the whole tar stream, end-of-archive padding included.
            uncompressed.transferTo(OutputStream.nullOutputStream());
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    private void remove(Path rootfs, String path) throws IOException {
        removeBelow(rootfs, path);
        entries.remove(path);
        deleteRecursively(safeResolve(rootfs, path));
    }

    private void removeBelow(Path rootfs, String directory) throws IOException {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        entries.subMap(prefix, true, prefix + Character.MAX_VALUE, false).clear();
        Path dir = safeResolve(rootfs, directory);
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> children = Files.list(dir)) {
                for (Path child : children.toList()) {
                    deleteRecursively(child);
                }
            }
        }
    }

    /** Modes last and deepest first, so a read-only directory does not stop its own unpacking. */
    private void applyModesAndOwners(Path rootfs) throws IOException {
        boolean root = runningAsRoot();
        for (Entry entry : entries.descendingMap().values()) {
            if (entry.type() == 'l') {
                continue;
            }
            Path target = safeResolve(rootfs, entry.path());
            if (root) {
                Files.setAttribute(target, "unix:uid", (int) entry.uid(), LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(target, "unix:gid", (int) entry.gid(), LinkOption.NOFOLLOW_LINKS);
            }
            Files.setAttribute(target, "unix:mode", entry.mode(), LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Whether this JVM runs as uid 0 (/proc/self belongs to the process's user). */
    public static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String normalise(String name) {
        String path = name;
        while (path.startsWith("./") || path.startsWith("/")) {
            path = path.startsWith("./") ? path.substring(2) : path.substring(1);
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Refuses names that would land outside the directory (../ or absolute links in tar headers). */
    private static Path safeResolve(Path root, String name) throws IOException {
        Path resolved = root.resolve(normalise(name)).normalize();
        if (!resolved.startsWith(root.normalize())) {
            throw new IOException("archive entry outside its root: " + name);
        }
        return resolved;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

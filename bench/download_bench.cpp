// Download throughput, driven by bench/download-throughput.sh:
//
//   ondes_download_bench serve FILE [DIR]
//                                        serves FILE on 127.0.0.1 (port printed on stdout) with
//                                        sendfile(2), Range and ETag, until killed; with DIR, a
//                                        request for /NAME where DIR/NAME exists gets that file
//                                        instead (the feed and the cover of `ondes download`)
//   ondes_download_bench get URL TARGET  downloads URL to TARGET with DownloadTransfer and prints
//                                        "bytes seconds MB/s growth-kB" (growth: peak RSS during
//                                        the download minus RSS before it)
//
// The server is a separate process so that its memory and CPU are not the client's, and it is
// fast enough (sendfile, one thread per connection) not to be what is measured.

#include "downloads/downloadtransfer.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <string>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

// A field of /proc/self/status in kB ("VmRSS", "VmHWM").
long statusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

bool writeAll(int fd, const std::string& text)
{
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

// The path of the request line ("GET /feed.xml HTTP/1.1" → "/feed.xml").
std::string requestPath(const std::string& request)
{
    const size_t start = request.find(' ');
    if (start == std::string::npos)
        return {};
    const size_t end = request.find(' ', start + 1);
    return request.substr(start + 1,
                          end == std::string::npos ? std::string::npos : end - start - 1);
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// FILE, or DIR/NAME when the request asks for /NAME and DIR has it (no "..", no subfolders).
std::string chooseFile(const std::string& request, const std::string& file, const std::string& dir,
                       std::string* contentType)
{
    *contentType = "audio/mpeg";
    const std::string path = requestPath(request);
    if (dir.empty() || path.size() < 2 || path.find('/', 1) != std::string::npos ||
        path.find("..") != std::string::npos)
        return file;
    const std::string candidate = dir + path;
    struct stat info = {};
    if (::stat(candidate.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        return file;
    if (endsWith(path, ".xml"))
        *contentType = "application/rss+xml";
    else if (endsWith(path, ".jpg"))
        *contentType = "image/jpeg";
    else if (endsWith(path, ".png"))
        *contentType = "image/png";
    return candidate;
}

// One request on one connection, then close.
void serveConnection(int client, const std::string& served, const std::string& dir)
{
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos && request.size() < 65536) {
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0) {
            ::close(client);
            return;
        }
        request.append(buffer, size_t(n));
    }
    std::string contentType;
    const std::string file = chooseFile(request, served, dir, &contentType);
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat info = {};
    if (fd < 0 || ::fstat(fd, &info) != 0) {
        writeAll(client, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n"
                         "Connection: close\r\n\r\n");
        ::close(client);
        return;
    }
    const long long size = info.st_size;
    long long first = 0;
    std::string lower = request;
    for (char& c : lower)
        c = char(::tolower(static_cast<unsigned char>(c)));
    if (const size_t at = lower.find("\r\nrange: bytes="); at != std::string::npos)
        first = std::atoll(lower.c_str() + at + 15);
    const bool partial = first > 0 && first < size;
    if (!partial)
        first = 0;
    std::string head = partial ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
    head += "Content-Type: " + contentType + "\r\nAccept-Ranges: bytes\r\n";
    head += "ETag: \"" + std::to_string(size) + '-' + std::to_string(info.st_mtime) + "\"\r\n";
    head += "Content-Length: " + std::to_string(size - first) + "\r\n";
    if (partial) {
        head += "Content-Range: bytes " + std::to_string(first) + '-' + std::to_string(size - 1) +
                '/' + std::to_string(size) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    if (writeAll(client, head)) {
        off_t offset = first;
        while (offset < size) {
            const ssize_t n = ::sendfile(client, fd, &offset, size_t(size - offset));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
        }
    }
    ::close(fd);
    ::shutdown(client, SHUT_WR);
    // Let the client read to the end before the close, so it never sees a reset.
    while (::read(client, buffer, sizeof buffer) > 0) {
    }
    ::close(client);
}

int serve(const std::string& file, const std::string& dir)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int on = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener, 16) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        std::perror("serve");
        return 1;
    }
    std::printf("%d\n", ntohs(address.sin_port));
    std::fflush(stdout);
    for (;;) {
        const int client = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            if (errno == EINTR)
                continue;
            std::perror("accept");
            return 1;
        }
        std::thread(serveConnection, client, file, dir).detach();
    }
}

int get(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ondes::HttpClient client;
    ondes::DownloadRequest request;
    request.url = QUrl(QString::fromLocal8Bit(argv[2]));
    request.targetPath = QString::fromLocal8Bit(argv[3]);
    request.retries = 0;
    ondes::DownloadTransfer transfer(client.networkAccessManager(), request);
    const long rssBefore = statusKb("VmRSS");
    int status = 1;
    QElapsedTimer clock;
    QObject::connect(
        &transfer, &ondes::DownloadTransfer::finished, [&](const ondes::DownloadOutcome& outcome) {
            const double seconds = double(clock.nsecsElapsed()) / 1e9;
            if (outcome.status != ondes::DownloadOutcome::Status::Done) {
                std::fprintf(stderr, "download failed: %s\n", qPrintable(outcome.error));
            } else {
                const long growth = statusKb("VmHWM") - rssBefore;
                std::printf("%lld %.3f %.1f %ld\n", outcome.size, seconds,
                            double(outcome.size) / 1e6 / seconds, growth);
                status = 0;
            }
            QCoreApplication::exit(status);
        });
    QTimer::singleShot(0, &transfer, [&] {
        clock.start();
        transfer.start();
    });
    app.exec();
    return status;
}

} // namespace

int main(int argc, char** argv)
{
    if ((argc == 3 || argc == 4) && std::strcmp(argv[1], "serve") == 0)
        return serve(argv[2], argc == 4 ? argv[3] : "");
    if (argc == 4 && std::strcmp(argv[1], "get") == 0)
        return get(argc, argv);
    std::fprintf(stderr, "usage: %s serve FILE [DIR] | get URL TARGET\n", argv[0]);
    return 2;
}

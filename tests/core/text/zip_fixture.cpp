// In-memory zip and DOCX fixtures for the DOCX importer's tests (no binary files checked in).
#include "tests/core/text/zip_fixture.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <stdexcept>

namespace tandem::test {

std::string makeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        throw std::runtime_error("zip_source_buffer_create failed");
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive)
        throw std::runtime_error("zip_open_from_source failed");
    for (const auto& [name, content] : entries) {
        zip_source_t* file = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (!file || zip_file_add(archive, name.c_str(), file, ZIP_FL_ENC_UTF_8) < 0)
            throw std::runtime_error("zip_file_add failed for " + name);
    }
    if (zip_close(archive) != 0)
        throw std::runtime_error("zip_close failed");
    zip_stat_t stat;
    if (zip_source_open(buffer) != 0 || zip_source_stat(buffer, &stat) != 0)
        throw std::runtime_error("cannot reopen the zip buffer");
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    if (zip_source_read(buffer, bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
        throw std::runtime_error("cannot read the zip buffer");
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

std::string makeDocx(const std::string& bodyXml, const std::string& footnotesXml) {
    const std::string ns = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
    std::vector<std::pair<std::string, std::string>> entries = {
        {"[Content_Types].xml",
         R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="xml" ContentType="application/xml"/></Types>)"},
        {"_rels/.rels",
         R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
         R"(</Relationships>)"},
        {"word/document.xml",
         R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document )" + ns + "><w:body>" + bodyXml +
             "</w:body></w:document>"},
    };
    if (!footnotesXml.empty())
        entries.emplace_back("word/footnotes.xml", R"(<?xml version="1.0" encoding="UTF-8"?><w:footnotes )" + ns + ">" +
                                                       footnotesXml + "</w:footnotes>");
    return makeZip(entries);
}

} // namespace tandem::test

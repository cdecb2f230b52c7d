#include "syntax/model_file.h"

#include <fstream>
#include <iterator>

#include "syntax/binary_io.h"

namespace herald::syntax {

namespace {

constexpr std::string_view kMagic("HRLDSYN\0", 8);
// 3: the parser's score margin.
constexpr uint32_t kVersion = 3;

uint64_t fnv1a(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace

void write_model_file(const std::filesystem::path& file, const SyntaxModel::Parts& parts) {
  BinaryWriter payload;
  payload.put_string(parts.description);
  parts.tagger.write(payload);
  parts.lemmatizer.write(payload);
  parts.parser.write(payload);
  BinaryWriter header;
  for (char c : kMagic) header.put<char>(c);
  header.put<uint32_t>(kVersion);
  header.put<uint64_t>(payload.bytes().size());
  header.put<uint64_t>(fnv1a(payload.bytes()));
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << header.bytes() << payload.bytes();
  out.close();
  if (!out) throw ModelError(file.string() + ": error: cannot write the model file");
}

SyntaxModel::Parts read_model_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ModelError(file.string() + ": error: cannot open the model file");
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto fail = [&](const std::string& what) -> ModelError {
    return ModelError(file.string() + ": error: " + what);
  };
  constexpr size_t kHeaderSize = 8 + 4 + 8 + 8;
  if (bytes.size() < kHeaderSize || std::string_view(bytes).substr(0, 8) != kMagic) {
    throw fail("not a herald syntax model file");
  }
  BinaryReader header(std::string_view(bytes).substr(8, kHeaderSize - 8));
  const auto version = header.get<uint32_t>();
  const auto size = header.get<uint64_t>();
  const auto checksum = header.get<uint64_t>();
  if (version != kVersion) {
    throw fail("model format version " + std::to_string(version) + ", this herald reads version " +
               std::to_string(kVersion) + "; retrain with tools/train_syntax");
  }
  if (size != bytes.size() - kHeaderSize) throw fail("the file is truncated or has trailing bytes");
  const std::string_view payload = std::string_view(bytes).substr(kHeaderSize);
  if (fnv1a(payload) != checksum) throw fail("checksum mismatch: the file is corrupt");
  BinaryReader reader(payload);
  try {
    SyntaxModel::Parts parts;
    parts.description = reader.get_string();
    parts.tagger = Tagger::read(reader);
    parts.lemmatizer = Lemmatizer::read(reader);
    parts.parser = Parser::read(reader);
    if (!reader.at_end()) throw FormatError(reader.where("trailing data"));
    return parts;
  } catch (const FormatError& e) {
    throw fail(std::string(e.what()) + " (of the payload, which starts at byte " +
               std::to_string(kHeaderSize) + ")");
  }
}

}  // namespace herald::syntax

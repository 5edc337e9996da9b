// Stage 7 — the words of the interface for this build (common/message_catalog.h): the catalog
// of the site's language, set once in the build's configure phase and read by the view builders.
#pragma once

#include <filesystem>
#include <vector>

#include "common/message_catalog.h"
#include "model/disclosure.h"

namespace budgetsite {

// Set once, before pages are made, read from any thread. Until set: Catalog::built_in().
void set_interface_words(Catalog catalog);
const Catalog& words();

// A wording in the interface's words; `fallback` where it has no key (a title the config gives).
std::string said(const Wording& wording, const std::string& fallback);

// A 类 of the function classification named in the interface's language: the catalog's
// function_class.<code> where it has one, else `printed` (the name as the document prints it).
std::string class_name(const std::string& code, const std::string& printed);

// What a check found, in the interface's words (its model message where it has no wording).
std::string finding_text(const Check& check);

// The folders catalogs are looked up in for a site (the site's i18n/, then budgetsite's).
std::vector<std::filesystem::path> catalog_folders(const std::filesystem::path& site_root,
                                                   const std::vector<std::filesystem::path>& shared_roots);

}  // namespace budgetsite

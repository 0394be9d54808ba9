// Stand-in for office-addin-manifest under jest (its real import chain reaches an ESM-only package; DESIGN.md §7).
// office-addin-mock only reads the OfficeApp enum from it.
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};

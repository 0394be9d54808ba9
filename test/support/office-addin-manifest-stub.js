// Stand-in for office-addin-manifest under jest: office-addin-mock only imports it, never calls it here.
module.exports = {};

// Stands in for @azure/identity in the bundle. tedious loads it at start for Azure AD sign-in, which
// Kassavakt never offers (config auth is 'sql' or 'ntlm'); leaving it out saves about 10 MB of heap
// in the tray. tedious only constructs these classes for Azure AD authentication types.
'use strict';
class AzureSignInNotIncluded {
  constructor() {
    throw new Error('Azure AD sign-in is not part of Kassavakt');
  }
}
module.exports = {
  DefaultAzureCredential: AzureSignInNotIncluded,
  ClientSecretCredential: AzureSignInNotIncluded,
  ManagedIdentityCredential: AzureSignInNotIncluded,
  UsernamePasswordCredential: AzureSignInNotIncluded,
};

using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EtProtocolGen.Transport.Tests.Infrastructure
{
    /// <summary>Server certificates made in the test, valid for an hour: nothing is read from or written to a store.</summary>
    public static class TestCertificates
    {
        public static X509Certificate2 CreateSelfSigned(string host)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=" + host, key, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName(host);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, critical: false));
            using X509Certificate2 created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));

            // Through PKCS#12 so the private key is usable by the TLS stack on every platform.
            return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
        }
    }
}

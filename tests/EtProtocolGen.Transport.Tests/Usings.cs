global using EtProtocolGen.Transport.Tests.Generated;
global using EtProtocolGen.Transport.Tests.Protocol;

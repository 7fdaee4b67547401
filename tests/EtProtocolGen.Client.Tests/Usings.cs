global using EtProtocolGen.Client.Tests.Generated;
global using EtProtocolGen.Client.Tests.Protocol;

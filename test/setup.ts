// type-graphql reads decorator metadata through the Reflect polyfill; the gateway's main.ts imports it too.
import "reflect-metadata";

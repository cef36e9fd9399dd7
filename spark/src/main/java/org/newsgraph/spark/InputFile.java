package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One file to read, as the driver listed it: its path on whatever file system holds it, its size, and its
 * place in input order (the given inputs in turn, each folder's files in name order). Input order decides
 * which of two articles with one identifier wins: the later one, as single-machine ingest does.
 */
record InputFile(String path, long size, int order) implements Serializable {
}

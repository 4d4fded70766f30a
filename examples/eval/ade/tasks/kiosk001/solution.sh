#!/bin/bash

## Join sales to products on the product key
patch -p1 < /sage/solutions/changes.patch

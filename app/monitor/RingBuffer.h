// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace sg {

/// A fixed-capacity FIFO: storage is allocated once, and the oldest element is overwritten when
/// full, so memory stays flat however long sampling runs. Index 0 is the oldest element.
template <typename T> class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity) : m_items(size_t(qMax<qsizetype>(1, capacity))) {}

    void push(const T& item)
    {
        m_items[size_t((m_start + m_size) % capacity())] = item;
        if (m_size < capacity())
            ++m_size;
        else
            m_start = (m_start + 1) % capacity();
    }
    void clear()
    {
        m_start = 0;
        m_size = 0;
    }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return qsizetype(m_items.size()); }
    bool isEmpty() const { return m_size == 0; }
    const T& at(qsizetype i) const { return m_items[size_t((m_start + i) % capacity())]; }
    const T& last() const { return at(m_size - 1); }

private:
    std::vector<T> m_items;
    qsizetype m_start = 0;
    qsizetype m_size = 0;
};

} // namespace sg

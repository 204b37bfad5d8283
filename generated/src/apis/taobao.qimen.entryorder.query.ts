// Generated from specs/qimen/taobao.qimen.entryorder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.entryorder.query` (入库单查询接口). */
export interface TaobaoQimenEntryorderQueryRequest {
  request?: TaobaoQimenEntryorderQueryEntryOrderQueryRequestInput;
}

/** Response of `taobao.qimen.entryorder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenEntryorderQueryResponse {
  response?: TaobaoQimenEntryorderQueryEntryOrderQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EntryOrderQueryRequest` of `taobao.qimen.entryorder.query`. */
export interface TaobaoQimenEntryorderQueryEntryOrderQueryRequestInput {
  /** 货主编码 */
  ownerCode?: string;
  /** 仓库编码 */
  warehouseCode?: string;
  /** 入库单编码 */
  entryOrderCode: string;
  /** 仓储系统入库单ID */
  entryOrderId?: string;
  /** 当前页(从1开始) */
  page: Int64Input;
  /** 每页orderLine条数(最多100条) */
  pageSize: Int64Input;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 备注 */
  remark?: string;
}

/** `EntryOrderQueryResponse` of `taobao.qimen.entryorder.query`. */
export interface TaobaoQimenEntryorderQueryEntryOrderQueryResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** orderLines总条数 */
  totalLines?: Int64;
  /** 入库单信息 */
  entryOrder?: TaobaoQimenEntryorderQueryEntryOrder;
  /** 入库单单据信息 */
  orderLines?: TaobaoQimenEntryorderQueryOrderLine[];
}

/** `EntryOrder` of `taobao.qimen.entryorder.query`. */
export interface TaobaoQimenEntryorderQueryEntryOrder {
  /** 入库单号 */
  entryOrderCode?: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode?: string;
  /** 仓储系统入库单ID */
  entryOrderId?: string;
  /** 入库单类型(SCRK=生产入库;LYRK=领用入库;CCRK=残次品入库;CGRK=采购入库;DBRK=调拨入库;QTRK=其他入 库;B2BRK=B2B入库) */
  entryOrderType?: string;
  /** 入库单状态(NEW-未开始处理;ACCEPT-仓库接单;PARTFULFILLED-部分收货完成;FULFILLED-收货完成;EXCEPTION-异 常;CANCELED-取消;CLOSED-关闭;REJECT-拒单;CANCELEDFAIL-取消失败;只传英文编码) */
  status?: string;
  /** 操作时间(YYYY-MM-DD HH:MM:SS;当status=FULFILLED;operateTime为入库时间) */
  operateTime?: string;
}

/** `OrderLine` of `taobao.qimen.entryorder.query`. */
export interface TaobaoQimenEntryorderQueryOrderLine {
  /** 入库单的行号 */
  orderLineNo?: string;
  /** 商品编码 */
  itemCode?: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 商品名称 */
  itemName?: string;
  /** 应收商品数量 */
  planQty?: Int64;
  /** 实收数量 */
  actualQty?: Int64;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;默认为ZP) */
  inventoryType?: string;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 批次编码 */
  batchCode?: string;
  /** 备注 */
  remark?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    warehouseCode: 'String',
    entryOrderCode: 'String',
    entryOrderId: 'String',
    page: 'Number',
    pageSize: 'Number',
    extendProps: 'Json',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    totalLines: 'Number',
    entryOrder: {
      entryOrderCode: 'String',
      ownerCode: 'String',
      warehouseCode: 'String',
      entryOrderId: 'String',
      entryOrderType: 'String',
      status: 'String',
      operateTime: 'String',
    },
    orderLines: [
      {
        orderLineNo: 'String',
        itemCode: 'String',
        itemId: 'String',
        itemName: 'String',
        planQty: 'Number',
        actualQty: 'Number',
        inventoryType: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        batchCode: 'String',
        remark: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.entryorder.query`: method, response root, request and response schemas. */
export const taobaoQimenEntryorderQueryOperation = {
  method: 'taobao.qimen.entryorder.query',
  responseRoot: 'qimen_entryorder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 入库单查询接口 — calls TOP method `taobao.qimen.entryorder.query`.
 *
 * ERP调用接口，查询入库单信息;
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenEntryorderQuery(
  client: TopClient,
  request: TaobaoQimenEntryorderQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenEntryorderQueryResponse> {
  return client.call<TaobaoQimenEntryorderQueryResponse>(
    {
      method: 'taobao.qimen.entryorder.query',
      responseRoot: 'qimen_entryorder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

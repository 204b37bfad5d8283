// Generated from specs/qimen/taobao.qimen.inventory.synchronize.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.inventory.synchronize.report` (库存状态同步确认接口). */
export interface TaobaoQimenInventorySynchronizeReportRequest {
  request?: TaobaoQimenInventorySynchronizeReportRequestInput;
}

/** Response of `taobao.qimen.inventory.synchronize.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenInventorySynchronizeReportResponse {
  response?: TaobaoQimenInventorySynchronizeReportResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.inventory.synchronize.report`. */
export interface TaobaoQimenInventorySynchronizeReportRequestInput {
  /** 货主编码,货主编码,string(50),, */
  ownerCode?: string;
  /** 仓库编码,仓库编码,string(50),, */
  warehouseCode?: string;
  /** 调整单编码,调整单编码,string(50),, */
  adjustOrderCode?: string;
  /** 订单创建时间,订单创建时间,string(50),, */
  adjustTime?: string;
  /** 库存调整类型,库存调整类型,string(50),, */
  adjustType?: string;
  /** 外部业务编码,string(50),, */
  outBizCode?: string;
  /** 备注,备注,string(50),, */
  remark?: string;
  /** 商品列表 */
  items?: TaobaoQimenInventorySynchronizeReportItemsInput;
}

/** `Items` of `taobao.qimen.inventory.synchronize.report`. */
export interface TaobaoQimenInventorySynchronizeReportItemsInput {
  /** 商品信息 */
  item?: TaobaoQimenInventorySynchronizeReportItemInput;
}

/** `Item` of `taobao.qimen.inventory.synchronize.report`. */
export interface TaobaoQimenInventorySynchronizeReportItemInput {
  /** 商品编码,,string(50),, */
  itemCode?: string;
  /** 仓储系统商品ID,,string(50),, */
  itemId?: string;
  /** 库存类型,,string(50),, */
  inventoryType?: string;
  /** 批次编码,,string(50),, */
  batchCode?: string;
  /** 商品生产日期,,string(50),, */
  productDate?: string;
  /** 商品过期日期,,string(50),, */
  expireDate?: string;
  /** 生产批号,,string(50),, */
  produceCode?: string;
  /** 商品序列号,,string(50),, */
  snCode?: string;
  /** 备注,,string(50),, */
  remark?: string;
  /** 调整数量 */
  actualQty?: string;
}

/** `Response` of `taobao.qimen.inventory.synchronize.report`. */
export interface TaobaoQimenInventorySynchronizeReportResponse2 {
  /** 响应结果,success|failure,string (10),必填 */
  flag?: string;
  /** 响应码,,string (50), */
  code?: string;
  /** 响应信息,,string (100), */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    warehouseCode: 'String',
    adjustOrderCode: 'String',
    adjustTime: 'String',
    adjustType: 'String',
    outBizCode: 'String',
    remark: 'String',
    items: {
      item: {
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'String',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        snCode: 'String',
        remark: 'String',
        actualQty: 'String',
      },
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.inventory.synchronize.report`: method, response root, request and response schemas. */
export const taobaoQimenInventorySynchronizeReportOperation = {
  method: 'taobao.qimen.inventory.synchronize.report',
  responseRoot: 'qimen_inventory_synchronize_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存状态同步确认接口 — calls TOP method `taobao.qimen.inventory.synchronize.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenInventorySynchronizeReport(
  client: TopClient,
  request: TaobaoQimenInventorySynchronizeReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenInventorySynchronizeReportResponse> {
  return client.call<TaobaoQimenInventorySynchronizeReportResponse>(
    {
      method: 'taobao.qimen.inventory.synchronize.report',
      responseRoot: 'qimen_inventory_synchronize_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

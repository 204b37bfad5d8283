// Generated from specs/qimen/taobao.qimen.inventory.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.inventory.report` (库存盘点通知接口). */
export interface TaobaoQimenInventoryReportRequest {
  request?: TaobaoQimenInventoryReportInventoryReportRequestInput;
}

/** Response of `taobao.qimen.inventory.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenInventoryReportResponse {
  response?: TaobaoQimenInventoryReportResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventoryReportRequest` of `taobao.qimen.inventory.report`. */
export interface TaobaoQimenInventoryReportInventoryReportRequestInput {
  /** 总页数 */
  totalPage: Int64Input;
  /** 当前页(从1开始) */
  currentPage: Int64Input;
  /** 每页记录的条数 */
  pageSize: Int64Input;
  /** 仓库编码 */
  warehouseCode: string;
  /** 盘点单编码 */
  checkOrderCode: string;
  /** 仓储系统的盘点单编码 */
  checkOrderId?: string;
  /** 货主编码 */
  ownerCode: string;
  /** 盘点时间(YYYY-MM-DD HH:MM:SS) */
  checkTime?: string;
  /** 外部业务编码(消息ID;用于去重;ISV对于同一请求;分配一个唯一性的编码。用来保证因为网络等原因导致重复传输;请求不 会被重复处理) */
  outBizCode: string;
  /** 备注 */
  remark?: string;
  /** 商品库存信息列表 */
  items?: TaobaoQimenInventoryReportItemInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 变动类型：CHECK=盘点 ADJUST=调整 */
  adjustType: string;
}

/** `Item` of `taobao.qimen.inventory.report`. */
export interface TaobaoQimenInventoryReportItemInput {
  /** 商品编码 */
  itemCode: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS= 箱损;ZT=在途库存;默认为ZP) */
  inventoryType?: string;
  /** 盘盈盘亏商品变化量(盘盈为正数;盘亏为负数) */
  quantity: Int64Input;
  /** 批次编码 */
  batchCode?: string;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 商品序列号 */
  snCode?: string;
  /** 备注 */
  remark?: string;
  /** 库存商品总量 */
  totalQty?: Int64Input;
}

/** `Response` of `taobao.qimen.inventory.report`. */
export interface TaobaoQimenInventoryReportResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    totalPage: 'Number',
    currentPage: 'Number',
    pageSize: 'Number',
    warehouseCode: 'String',
    checkOrderCode: 'String',
    checkOrderId: 'String',
    ownerCode: 'String',
    checkTime: 'String',
    outBizCode: 'String',
    remark: 'String',
    items: [
      {
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'String',
        quantity: 'Number',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        snCode: 'String',
        remark: 'String',
        totalQty: 'Number',
      },
    ],
    extendProps: 'Json',
    adjustType: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.inventory.report`: method, response root, request and response schemas. */
export const taobaoQimenInventoryReportOperation = {
  method: 'taobao.qimen.inventory.report',
  responseRoot: 'qimen_inventory_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存盘点通知接口 — calls TOP method `taobao.qimen.inventory.report`.
 *
 * WMS调用奇门的接口,将库存盘点情况回传ERP
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenInventoryReport(
  client: TopClient,
  request: TaobaoQimenInventoryReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenInventoryReportResponse> {
  return client.call<TaobaoQimenInventoryReportResponse>(
    {
      method: 'taobao.qimen.inventory.report',
      responseRoot: 'qimen_inventory_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/qimen/taobao.qimen.itemlack.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.itemlack.report` (发货单缺货通知接口). */
export interface TaobaoQimenItemlackReportRequest {
  request?: TaobaoQimenItemlackReportItemLackReportRequestInput;
}

/** Response of `taobao.qimen.itemlack.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenItemlackReportResponse {
  response?: TaobaoQimenItemlackReportResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemLackReportRequest` of `taobao.qimen.itemlack.report`. */
export interface TaobaoQimenItemlackReportItemLackReportRequestInput {
  /** 仓库编码 */
  warehouseCode: string;
  /** ERP的发货单编码 */
  deliveryOrderCode: string;
  /** 仓库系统的发货单编码 */
  deliveryOrderId?: string;
  /** 缺货回告创建时间(YYYY-MM-DD HH:mm:ss) */
  createTime: string;
  /** 外部业务编码(消息ID;用于去重;ISV对于同一请求;分配一个唯一性的编码。用来保证因为网络等原因导致重复传输;请求不 会被重复处理) */
  outBizCode: string;
  /** 缺货商品列表 */
  items?: TaobaoQimenItemlackReportItemInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 备注 */
  remark?: string;
}

/** `Item` of `taobao.qimen.itemlack.report`. */
export interface TaobaoQimenItemlackReportItemInput {
  /** 商品编码 */
  itemCode: string;
  /** 仓储系统商品编码 */
  itemId?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;ZT=在途库存) */
  inventoryType?: string;
  /** 批次编码 */
  batchCode?: string;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 应发商品数量 */
  planQty: Int64Input;
  /** 缺货商品数量 */
  lackQty: Int64Input;
  /** 缺货原因(系统报缺;实物报缺) */
  reason?: string;
  /** 备注 */
  remark?: string;
}

/** `Response` of `taobao.qimen.itemlack.report`. */
export interface TaobaoQimenItemlackReportResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    warehouseCode: 'String',
    deliveryOrderCode: 'String',
    deliveryOrderId: 'String',
    createTime: 'String',
    outBizCode: 'String',
    items: [
      {
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'String',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        planQty: 'Number',
        lackQty: 'Number',
        reason: 'String',
        remark: 'String',
      },
    ],
    extendProps: 'Json',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.itemlack.report`: method, response root, request and response schemas. */
export const taobaoQimenItemlackReportOperation = {
  method: 'taobao.qimen.itemlack.report',
  responseRoot: 'qimen_itemlack_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货单缺货通知接口 — calls TOP method `taobao.qimen.itemlack.report`.
 *
 * WMS调用奇门的接口,将商家在库某商品缺货的信息回传给ERP
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenItemlackReport(
  client: TopClient,
  request: TaobaoQimenItemlackReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenItemlackReportResponse> {
  return client.call<TaobaoQimenItemlackReportResponse>(
    {
      method: 'taobao.qimen.itemlack.report',
      responseRoot: 'qimen_itemlack_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

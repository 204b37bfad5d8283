// Generated from specs/qimen/taobao.qimen.orderexception.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.orderexception.report` (订单异常通知接口). */
export interface TaobaoQimenOrderexceptionReportRequest {
  request?: TaobaoQimenOrderexceptionReportRequestInput;
}

/** Response of `taobao.qimen.orderexception.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenOrderexceptionReportResponse {
  response?: TaobaoQimenOrderexceptionReportResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.orderexception.report`. */
export interface TaobaoQimenOrderexceptionReportRequestInput {
  /** 奇门仓储字段 */
  messageId?: string;
  /** 奇门仓储字段 */
  warehouseCode?: string;
  /** 奇门仓储字段 */
  deliveryOrderCode?: string;
  /** 奇门仓储字段 */
  deliveryOrderId?: string;
  /** 奇门仓储字段 */
  orderType?: string;
  /** 奇门仓储字段 */
  logisticsCode?: string;
  /** 奇门仓储字段 */
  expressCode?: string;
  /** 奇门仓储字段 */
  messageType?: string;
  /** 奇门仓储字段 */
  messageDesc?: string;
  /** 奇门仓储字段 */
  createTime?: string;
  /** 奇门仓储字段 */
  orderLines?: TaobaoQimenOrderexceptionReportOrderLineInput[];
  /** 奇门仓储字段 */
  remark?: string;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `OrderLine` of `taobao.qimen.orderexception.report`. */
export interface TaobaoQimenOrderexceptionReportOrderLineInput {
  /** 奇门仓储字段 */
  orderLineNo?: string;
  /** 奇门仓储字段 */
  orderSourceCode?: string;
  /** 奇门仓储字段 */
  subSourceCode?: string;
  /** 奇门仓储字段 */
  itemCode?: string;
  /** 奇门仓储字段 */
  itemId?: string;
  /** 奇门仓储字段 */
  itemName?: string;
  /** 奇门仓储字段 */
  planQty?: string;
  /** 奇门仓储字段 */
  skuProperty?: string;
  /** 奇门仓储字段 */
  purchasePrice?: string;
  /** 奇门仓储字段 */
  retailPrice?: string;
  /** 奇门仓储字段 */
  inventoryType?: string;
  /** 奇门仓储字段 */
  productDate?: string;
  /** 奇门仓储字段 */
  expireDate?: string;
  /** 奇门仓储字段 */
  produceCode?: string;
  /** 奇门仓储字段 */
  batchCode?: string;
  /** 奇门仓储字段 */
  actualQty?: string;
  /** 奇门仓储字段 */
  sourceOrderCode?: string;
  /** 奇门仓储字段 */
  subSourceOrderCode?: string;
  /** 奇门仓储字段 */
  extCode?: string;
  /** 奇门仓储字段 */
  actualPrice?: string;
  /** 奇门仓储字段 */
  discountAmount?: string;
  /** 奇门仓储字段 */
  ownerCode?: string;
  /** 奇门仓储字段 */
  quantity?: string;
  /** 奇门仓储字段 */
  outBizCode?: string;
  /** 奇门仓储字段 */
  productCode?: string;
  /** 奇门仓储字段 */
  stockInQty?: string;
  /** 奇门仓储字段 */
  stockOutQty?: string;
  /** 奇门仓储字段 */
  warehouseCode?: string;
  /** 奇门仓储字段 */
  deliveryOrderId?: string;
  /** 奇门仓储字段 */
  status?: string;
  /** 奇门仓储字段 */
  qrCode?: string;
  /** 奇门仓储字段 */
  batchs?: TaobaoQimenOrderexceptionReportBatchInput[];
  /** 奇门仓储字段 */
  payNo?: string;
  /** 奇门仓储字段 */
  taobaoItemCode?: string;
  /** 奇门仓储字段 */
  discountPrice?: string;
  /** 奇门仓储字段 */
  color?: string;
  /** 奇门仓储字段 */
  size?: string;
  /** 奇门仓储字段 */
  standardPrice?: string;
  /** 奇门仓储字段 */
  referencePrice?: string;
  /** 奇门仓储字段 */
  discount?: string;
  /** 奇门仓储字段 */
  standardAmount?: string;
  /** 奇门仓储字段 */
  settlementAmount?: string;
  /** 奇门仓储字段 */
  locationCode?: string;
  /** 奇门仓储字段 */
  amount?: string;
  /** 奇门仓储字段 */
  moveOutLocation?: string;
  /** 奇门仓储字段 */
  moveInLocation?: string;
  /** 奇门仓储字段 */
  exceptionQty?: string;
  /** 奇门仓储字段 */
  subDeliveryOrderId?: string;
}

/** `Batch` of `taobao.qimen.orderexception.report`. */
export interface TaobaoQimenOrderexceptionReportBatchInput {
  /** 奇门仓储字段 */
  batchCode?: string;
  /** 奇门仓储字段 */
  productDate?: string;
  /** 奇门仓储字段 */
  expireDate?: string;
  /** 奇门仓储字段 */
  produceCode?: string;
  /** 奇门仓储字段 */
  inventoryType?: string;
  /** 奇门仓储字段 */
  actualQty?: string;
  /** 奇门仓储字段 */
  quantity?: string;
}

/** `Response` of `taobao.qimen.orderexception.report`. */
export interface TaobaoQimenOrderexceptionReportResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    messageId: 'String',
    warehouseCode: 'String',
    deliveryOrderCode: 'String',
    deliveryOrderId: 'String',
    orderType: 'String',
    logisticsCode: 'String',
    expressCode: 'String',
    messageType: 'String',
    messageDesc: 'String',
    createTime: 'String',
    orderLines: [
      {
        orderLineNo: 'String',
        orderSourceCode: 'String',
        subSourceCode: 'String',
        itemCode: 'String',
        itemId: 'String',
        itemName: 'String',
        planQty: 'String',
        skuProperty: 'String',
        purchasePrice: 'String',
        retailPrice: 'String',
        inventoryType: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        batchCode: 'String',
        actualQty: 'String',
        sourceOrderCode: 'String',
        subSourceOrderCode: 'String',
        extCode: 'String',
        actualPrice: 'String',
        discountAmount: 'String',
        ownerCode: 'String',
        quantity: 'String',
        outBizCode: 'String',
        productCode: 'String',
        stockInQty: 'String',
        stockOutQty: 'String',
        warehouseCode: 'String',
        deliveryOrderId: 'String',
        status: 'String',
        qrCode: 'String',
        batchs: [
          {
            batchCode: 'String',
            productDate: 'String',
            expireDate: 'String',
            produceCode: 'String',
            inventoryType: 'String',
            actualQty: 'String',
            quantity: 'String',
          },
        ],
        payNo: 'String',
        taobaoItemCode: 'String',
        discountPrice: 'String',
        color: 'String',
        size: 'String',
        standardPrice: 'String',
        referencePrice: 'String',
        discount: 'String',
        standardAmount: 'String',
        settlementAmount: 'String',
        locationCode: 'String',
        amount: 'String',
        moveOutLocation: 'String',
        moveInLocation: 'String',
        exceptionQty: 'String',
        subDeliveryOrderId: 'String',
      },
    ],
    remark: 'String',
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.orderexception.report`: method, response root, request and response schemas. */
export const taobaoQimenOrderexceptionReportOperation = {
  method: 'taobao.qimen.orderexception.report',
  responseRoot: 'qimen_orderexception_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单异常通知接口 — calls TOP method `taobao.qimen.orderexception.report`.
 *
 * WMS调用奇门的接口,当WMS接收到ERP的发货指令时，由于种种原因（5.1.5说明了各种异常场景）可能无法完成发货。WMS通过调用此接口，通知ERP具体异常情况
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenOrderexceptionReport(
  client: TopClient,
  request: TaobaoQimenOrderexceptionReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenOrderexceptionReportResponse> {
  return client.call<TaobaoQimenOrderexceptionReportResponse>(
    {
      method: 'taobao.qimen.orderexception.report',
      responseRoot: 'qimen_orderexception_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

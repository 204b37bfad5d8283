// Generated from specs/ascpchannel/alibaba.ascp.purchase.price.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.purchase.price.create` (ascp采购价写入接口). */
export interface AlibabaAscpPurchasePriceCreateRequest {
  /** 采购价创建/更新请求 */
  create_request?: AlibabaAscpPurchasePriceCreateRequestInput;
}

/** Response of `alibaba.ascp.purchase.price.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpPurchasePriceCreateResponse {
  /** 接口返回model */
  result?: AlibabaAscpPurchasePriceCreateResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `alibaba.ascp.purchase.price.create`. */
export interface AlibabaAscpPurchasePriceCreateRequestInput {
  /** 二级供应商id */
  supplier_id: string;
  /** 价格类型1-基准价，2-区间价 */
  price_type: Int64Input;
  /** 失效时间（区间采购价必须） */
  price_deadline_date?: string;
  /** 供应链仓code */
  store_code_sets?: string[];
  /** 货品id */
  sc_item_id: Int64Input;
  /** 采购价（含税）（单位：元) */
  purchase_price: string;
  /** 操作人 */
  operator_name: string;
  /** 生效时间（区间采购价必须） */
  price_start_date?: string;
  /** 租户ID，请填写商家编码 */
  tenant_id: string;
  /** 默认根据合同；币种，USD-美元，CNY-人民币，RUB-卢布，JPY-日元，EUR-欧元，GBP-英镑，HKD-港币，NZD-新西兰元，SGD-新加坡元，AUD-澳元，KRW-韩元，THB-泰铢， */
  currency?: string;
  /** 运输方式，1-水路运输，2-航空运输，3-铁路运输，4-公路运输，0-其他 */
  transport_type?: Int64Input;
  /** 贸易类型,1-EXW(跨境工厂交货价交易),2-CIF(跨境到岸价交易),3-FCA(跨境货交承运人交易),4-FOB(跨境离岸价交易),5-CFR(跨境目的港交货价交易),6-DDU(跨境到仓不含税价格交易),7-日本境内贸易,9-国内一般贸易交易,11-FAS,12-CNF,13-CPT,14-CIP,15-DDP,16-DAT,17-DAP */
  trade_type?: Int64Input;
  /** 目的港代码 */
  port_of_destination?: string;
  /** 起运港代码 */
  port_of_loading?: string;
}

/** `ResultWrapper` of `alibaba.ascp.purchase.price.create`. */
export interface AlibabaAscpPurchasePriceCreateResultWrapper {
  /** 错误文案 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** true-接口处理成功，false-接口处理失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  create_request: {
    supplier_id: 'String',
    price_type: 'Number',
    price_deadline_date: 'String',
    store_code_sets: ['String'],
    sc_item_id: 'Number',
    purchase_price: 'Price',
    operator_name: 'String',
    price_start_date: 'String',
    tenant_id: 'String',
    currency: 'String',
    transport_type: 'Number',
    trade_type: 'Number',
    port_of_destination: 'String',
    port_of_loading: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.purchase.price.create`: method, response root, request and response schemas. */
export const alibabaAscpPurchasePriceCreateOperation = {
  method: 'alibaba.ascp.purchase.price.create',
  responseRoot: 'alibaba_ascp_purchase_price_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ascp采购价写入接口 — calls TOP method `alibaba.ascp.purchase.price.create`.
 *
 * 供应链平台采购价创建或修改接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpPurchasePriceCreate(
  client: TopClient,
  request: AlibabaAscpPurchasePriceCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpPurchasePriceCreateResponse> {
  return client.call<AlibabaAscpPurchasePriceCreateResponse>(
    {
      method: 'alibaba.ascp.purchase.price.create',
      responseRoot: 'alibaba_ascp_purchase_price_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/pur/alibaba.pur.pr.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pur.pr.create` (下pr单). */
export interface AlibabaPurPrCreateRequest {
  /** 订单信息 */
  pur_req: AlibabaPurPrCreateMallReceivePrRequestInput;
}

/** Response of `alibaba.pur.pr.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPurPrCreateResponse {
  /** 接口返回对象 */
  result?: AlibabaPurPrCreateMallReceivePrResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MallReceivePrRequest` of `alibaba.pur.pr.create`. */
export interface AlibabaPurPrCreateMallReceivePrRequestInput {
  /** 第三方商城申请单ID */
  pur_req_id?: string;
  /** 用户ID */
  user_id: string;
  /** 商城编码 */
  app_code: string;
  /** 订单详情 */
  order_items: AlibabaPurPrCreateOrderItemInput[];
  /** 附件信息 */
  mall_files?: AlibabaPurPrCreateMallFileInput[];
  /** 外界商城申请标识 */
  out_pur_req_id?: string;
}

/** `OrderItem` of `alibaba.pur.pr.create`. */
export interface AlibabaPurPrCreateOrderItemInput {
  /** 币种 */
  currency_code: string;
  /** 税率，如13%传13 */
  tax_rate: string;
  /** 供应商ID */
  supplier_id?: string;
  /** 商城品类 */
  mall_category_id: string;
  /** 元，个 */
  uom: string;
  /** 子订单号 */
  sub_pur_req_id?: string;
  /** sku的ID */
  sku_id?: string;
  /** 商品名称 */
  item_name: string;
  /** 单价(含税） */
  unit_price: string;
  /** 数量 */
  quantity: Int64Input;
  /** 合同ID */
  contract_id?: string;
  /** 商品ID */
  item_id: string;
  /** 商品描述 */
  item_description: string;
}

/** `MallFile` of `alibaba.pur.pr.create`. */
export interface AlibabaPurPrCreateMallFileInput {
  /** 附件编码 */
  file_md5?: string;
  /** 附件名称 */
  file_name?: string;
  /** 附件URL */
  file_url?: string;
}

/** `MallReceivePrResponse` of `alibaba.pur.pr.create`. */
export interface AlibabaPurPrCreateMallReceivePrResponse {
  /** 返回数据 */
  data?: AlibabaPurPrCreateMallReceivePrResponseData;
  /** 错误代码 */
  error_code?: string;
  /** 错误提示 */
  error_message?: string;
  /** 返回标识 */
  success?: boolean;
}

/** `MallReceivePrResponseData` of `alibaba.pur.pr.create`. */
export interface AlibabaPurPrCreateMallReceivePrResponseData {
  /** 采购商城申请单ID */
  pur_req_id?: string;
  /** 下单成功后跳转地址 */
  redirect_url?: string;
}

const REQUEST_SCHEMA = {
  pur_req: {
    pur_req_id: 'String',
    user_id: 'String',
    app_code: 'String',
    order_items: [
      {
        currency_code: 'String',
        tax_rate: 'String',
        supplier_id: 'String',
        mall_category_id: 'String',
        uom: 'String',
        sub_pur_req_id: 'String',
        sku_id: 'String',
        item_name: 'String',
        unit_price: 'String',
        quantity: 'Number',
        contract_id: 'String',
        item_id: 'String',
        item_description: 'String',
      },
    ],
    mall_files: [
      {
        file_md5: 'String',
        file_name: 'String',
        file_url: 'String',
      },
    ],
    out_pur_req_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      pur_req_id: 'String',
      redirect_url: 'String',
    },
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pur.pr.create`: method, response root, request and response schemas. */
export const alibabaPurPrCreateOperation = {
  method: 'alibaba.pur.pr.create',
  responseRoot: 'alibaba_pur_pr_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 下pr单 — calls TOP method `alibaba.pur.pr.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPurPrCreate(
  client: TopClient,
  request: AlibabaPurPrCreateRequest,
  options?: CallOptions,
): Promise<AlibabaPurPrCreateResponse> {
  return client.call<AlibabaPurPrCreateResponse>(
    {
      method: 'alibaba.pur.pr.create',
      responseRoot: 'alibaba_pur_pr_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.logistics.product.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.logistics.product.list` (查询物流运力列表). */
export interface AlibabaOnetouchLogisticsExpressLogisticsProductListRequest {}

/** Response of `alibaba.onetouch.logistics.express.logistics.product.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressLogisticsProductListResponse {
  /** 返回结果 */
  result?: AlibabaOnetouchLogisticsExpressLogisticsProductListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.onetouch.logistics.express.logistics.product.list`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsProductListResult {
  /** 错误信息提示 */
  error_message?: string;
  /** 列表对象 */
  values?: AlibabaOnetouchLogisticsExpressLogisticsProductListLogisticsProductDto[];
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: Int64;
}

/** `LogisticsProductDto` of `alibaba.onetouch.logistics.express.logistics.product.list`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsProductListLogisticsProductDto {
  /** 仓库名称 */
  warehouse_name?: string;
  /** 仓库编码 */
  warehouse_code?: string;
  /** 产品名称 */
  product_name?: string;
  /** 产品编码 */
  product_code?: string;
  /** 是否上门揽收 */
  pickup?: boolean;
  /** 时效类型 */
  delivery_type?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    values: [
      {
        warehouse_name: 'String',
        warehouse_code: 'String',
        product_name: 'String',
        product_code: 'String',
        pickup: 'Boolean',
        delivery_type: 'String',
      },
    ],
    success: 'Boolean',
    result_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.logistics.product.list`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressLogisticsProductListOperation = {
  method: 'alibaba.onetouch.logistics.express.logistics.product.list',
  responseRoot: 'alibaba_onetouch_logistics_express_logistics_product_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询物流运力列表 — calls TOP method `alibaba.onetouch.logistics.express.logistics.product.list`.
 *
 * 查询物流产品&揽收仓库列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressLogisticsProductList(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressLogisticsProductListRequest = {},
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressLogisticsProductListResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressLogisticsProductListResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.logistics.product.list',
      responseRoot: 'alibaba_onetouch_logistics_express_logistics_product_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.special.product.type.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.special.product.type.list` (获取商品类型配置项). */
export interface AlibabaOnetouchLogisticsExpressSpecialProductTypeListRequest {}

/** Response of `alibaba.onetouch.logistics.express.special.product.type.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressSpecialProductTypeListResponse {
  /** 接口返回model */
  result?: AlibabaOnetouchLogisticsExpressSpecialProductTypeListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.onetouch.logistics.express.special.product.type.list`. */
export interface AlibabaOnetouchLogisticsExpressSpecialProductTypeListResult {
  /** 返回结果描述 */
  error_message?: string;
  /** 列表对象 */
  values?: AlibabaOnetouchLogisticsExpressSpecialProductTypeListSpecialProductTypeDTO3[];
  /** 是否成功 */
  success?: boolean;
  /** 返回结果编码 */
  error_code?: Int64;
}

/** `SpecialProductTypeDTO` of `alibaba.onetouch.logistics.express.special.product.type.list`. */
export interface AlibabaOnetouchLogisticsExpressSpecialProductTypeListSpecialProductTypeDTO3 {
  /** 商品类型code */
  code?: string;
  /** 商品类型 */
  name?: string;
  /** 列表对象 */
  childrens?: AlibabaOnetouchLogisticsExpressSpecialProductTypeListSpecialProductTypeDTO2[];
}

/** `SpecialProductTypeDTO` of `alibaba.onetouch.logistics.express.special.product.type.list`. */
export interface AlibabaOnetouchLogisticsExpressSpecialProductTypeListSpecialProductTypeDTO2 {
  /** 商品类型code */
  code?: string;
  /** 商品类型 */
  name?: string;
  /** 列表对象 */
  childrens?: AlibabaOnetouchLogisticsExpressSpecialProductTypeListSpecialProductTypeDTO[];
}

/** `SpecialProductTypeDTO` of `alibaba.onetouch.logistics.express.special.product.type.list`. */
export interface AlibabaOnetouchLogisticsExpressSpecialProductTypeListSpecialProductTypeDTO {
  /** 商品类型code */
  code?: string;
  /** 商品类型 */
  name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    values: [
      {
        code: 'String',
        name: 'String',
        childrens: [
          {
            code: 'String',
            name: 'String',
            childrens: [
              {
                code: 'String',
                name: 'String',
              },
            ],
          },
        ],
      },
    ],
    success: 'Boolean',
    error_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.special.product.type.list`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressSpecialProductTypeListOperation = {
  method: 'alibaba.onetouch.logistics.express.special.product.type.list',
  responseRoot: 'alibaba_onetouch_logistics_express_special_product_type_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商品类型配置项 — calls TOP method `alibaba.onetouch.logistics.express.special.product.type.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressSpecialProductTypeList(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressSpecialProductTypeListRequest = {},
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressSpecialProductTypeListResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressSpecialProductTypeListResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.special.product.type.list',
      responseRoot: 'alibaba_onetouch_logistics_express_special_product_type_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/fivee/taobao.fivee.innerproduct.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fivee.innerproduct.get` (国产商品资质查询). */
export interface TaobaoFiveeInnerproductGetRequest {
  /** bu身份标识 */
  param_bucode: string;
  /** 条形码 */
  param_barcode: string;
}

/** Response of `taobao.fivee.innerproduct.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFiveeInnerproductGetResponse {
  /** 接口返回model */
  result?: TaobaoFiveeInnerproductGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.fivee.innerproduct.get`. */
export interface TaobaoFiveeInnerproductGetResult {
  /** code */
  code?: Int64;
  /** 返回素材id */
  data?: TaobaoFiveeInnerproductGetInnerProduct;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `InnerProduct` of `taobao.fivee.innerproduct.get`. */
export interface TaobaoFiveeInnerproductGetInnerProduct {
  /** 批次或备案证书编号 */
  auth_code?: string;
  /** 条形码 */
  barcode?: string;
  /** 证照信息 */
  licences?: TaobaoFiveeInnerproductGetLicence[];
  /** 商品名称 */
  name?: string;
  /** 生产商 */
  produce_companies?: TaobaoFiveeInnerproductGetCompany[];
  /** 供应商信息 */
  provider_companies?: TaobaoFiveeInnerproductGetCompany[];
}

/** `Licence` of `taobao.fivee.innerproduct.get`. */
export interface TaobaoFiveeInnerproductGetLicence {
  /** 认证机构 */
  certification_body?: string;
  /** 编码 */
  code?: string;
  /** 到期日期 */
  due_date?: string;
  /** 生效日期 */
  effective_date?: string;
  /** 证照名称 */
  name?: string;
  /** 类型 */
  type?: Int64;
  /** 下载地址列表 */
  urls?: string[];
}

/** `Company` of `taobao.fivee.innerproduct.get`. */
export interface TaobaoFiveeInnerproductGetCompany {
  /** 成立时间 */
  established_date?: string;
  /** 证照信息 */
  licences?: TaobaoFiveeInnerproductGetLicence[];
  /** 生产商名称 */
  name?: string;
  /** 注册资本 */
  registered_capital?: string;
  /** 统一社会信用代码 */
  unique_code?: string;
}

const REQUEST_SCHEMA = {
  param_bucode: 'String',
  param_barcode: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: {
      auth_code: 'String',
      barcode: 'String',
      licences: [
        {
          certification_body: 'String',
          code: 'String',
          due_date: 'Date',
          effective_date: 'Date',
          name: 'String',
          type: 'Number',
          urls: ['String'],
        },
      ],
      name: 'String',
      produce_companies: [
        {
          established_date: 'String',
          licences: [
            {
              certification_body: 'String',
              code: 'String',
              due_date: 'Date',
              effective_date: 'Date',
              name: 'String',
              type: 'Number',
              urls: ['String'],
            },
          ],
          name: 'String',
          registered_capital: 'String',
          unique_code: 'String',
        },
      ],
      provider_companies: [
        {
          established_date: 'String',
          licences: [
            {
              certification_body: 'String',
              code: 'String',
              due_date: 'Date',
              effective_date: 'Date',
              name: 'String',
              type: 'Number',
              urls: ['String'],
            },
          ],
          name: 'String',
          registered_capital: 'String',
          unique_code: 'String',
        },
      ],
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fivee.innerproduct.get`: method, response root, request and response schemas. */
export const taobaoFiveeInnerproductGetOperation = {
  method: 'taobao.fivee.innerproduct.get',
  responseRoot: 'fivee_innerproduct_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国产商品资质查询 — calls TOP method `taobao.fivee.innerproduct.get`.
 *
 * 资质共享平台，国产商品查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFiveeInnerproductGet(
  client: TopClient,
  request: TaobaoFiveeInnerproductGetRequest,
  options?: CallOptions,
): Promise<TaobaoFiveeInnerproductGetResponse> {
  return client.call<TaobaoFiveeInnerproductGetResponse>(
    {
      method: 'taobao.fivee.innerproduct.get',
      responseRoot: 'fivee_innerproduct_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

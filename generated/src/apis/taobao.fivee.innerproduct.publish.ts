// Generated from specs/fivee/taobao.fivee.innerproduct.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fivee.innerproduct.publish` (国产商品发布). */
export interface TaobaoFiveeInnerproductPublishRequest {
  /** bu身份标识 */
  param_bucode: string;
  /** 国产商品 */
  param_inner_product: TaobaoFiveeInnerproductPublishInnerProductInput;
}

/** Response of `taobao.fivee.innerproduct.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFiveeInnerproductPublishResponse {
  /** code */
  code_t?: Int64;
  /** 返回素材id */
  data?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success_t?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InnerProduct` of `taobao.fivee.innerproduct.publish`. */
export interface TaobaoFiveeInnerproductPublishInnerProductInput {
  /** 批次或备案证书编号 */
  auth_code?: string;
  /** 条形码 */
  barcode: string;
  /** 证照信息 */
  licences?: TaobaoFiveeInnerproductPublishLicenceInput[];
  /** 名称 */
  name: string;
  /** 生产商信息 */
  produce_companies?: TaobaoFiveeInnerproductPublishCompanyInput[];
  /** 供应商信息 */
  provider_companies?: TaobaoFiveeInnerproductPublishCompanyInput2[];
  /** 各业务方内部编号（例如RT的内部货号） */
  inner_code?: string;
  /** 业务方备注 */
  remark?: string;
}

/** `Licence` of `taobao.fivee.innerproduct.publish`. */
export interface TaobaoFiveeInnerproductPublishLicenceInput {
  /** 认证机构 */
  certification_body?: string;
  /** 编码 */
  code: string;
  /** 到期日期 */
  due_date?: DateInput;
  /** 生效日期 */
  effective_date?: DateInput;
  /** 证照名称 */
  name: string;
  /** 类型 */
  type: Int64Input;
  /** 下载地址列表 */
  urls?: string[];
}

/** `Company` of `taobao.fivee.innerproduct.publish`. */
export interface TaobaoFiveeInnerproductPublishCompanyInput {
  /** 成立时间 */
  established_date?: DateInput;
  /** 证照信息 */
  licences?: TaobaoFiveeInnerproductPublishLicenceInput2[];
  /** 名称 */
  name?: string;
  /** 注册资本 */
  registered_capital?: string;
  /** 统一社会信用代码 */
  unique_code: string;
}

/** `Licence` of `taobao.fivee.innerproduct.publish`. */
export interface TaobaoFiveeInnerproductPublishLicenceInput2 {
  /** 认证机构 */
  certification_body?: string;
  /** 编码 */
  code: string;
  /** 到期日期 */
  due_date: DateInput;
  /** 生效日期 */
  effective_date: DateInput;
  /** 证照名称 */
  name: string;
  /** 类型 */
  type: Int64Input;
  /** 下载地址列表 */
  urls?: string[];
}

/** `Company` of `taobao.fivee.innerproduct.publish`. */
export interface TaobaoFiveeInnerproductPublishCompanyInput2 {
  /** 成立时间 */
  established_date?: DateInput;
  /** 证照信息 */
  licences?: TaobaoFiveeInnerproductPublishLicenceInput[];
  /** 名称 */
  name?: string;
  /** 注册资本 */
  registered_capital?: string;
  /** 统一社会信用代码 */
  unique_code: string;
}

const REQUEST_SCHEMA = {
  param_bucode: 'String',
  param_inner_product: {
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
        established_date: 'Date',
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
        established_date: 'Date',
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
    inner_code: 'String',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code_t: 'Number',
  data: 'String',
  message: 'String',
  success_t: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fivee.innerproduct.publish`: method, response root, request and response schemas. */
export const taobaoFiveeInnerproductPublishOperation = {
  method: 'taobao.fivee.innerproduct.publish',
  responseRoot: 'fivee_innerproduct_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国产商品发布 — calls TOP method `taobao.fivee.innerproduct.publish`.
 *
 * 资质共享平台国产商品发布
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFiveeInnerproductPublish(
  client: TopClient,
  request: TaobaoFiveeInnerproductPublishRequest,
  options?: CallOptions,
): Promise<TaobaoFiveeInnerproductPublishResponse> {
  return client.call<TaobaoFiveeInnerproductPublishResponse>(
    {
      method: 'taobao.fivee.innerproduct.publish',
      responseRoot: 'fivee_innerproduct_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

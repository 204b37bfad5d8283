// Generated from specs/alsc/alibaba.alsc.crm.customer.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.customer.create` (创建顾客). */
export interface AlibabaAlscCrmCustomerCreateRequest {
  /** 创建顾客参数 */
  param_customer_create_open_req: AlibabaAlscCrmCustomerCreateCustomerCreateOpenReqInput;
}

/** Response of `alibaba.alsc.crm.customer.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCustomerCreateResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCustomerCreateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CustomerCreateOpenReq` of `alibaba.alsc.crm.customer.create`. */
export interface AlibabaAlscCrmCustomerCreateCustomerCreateOpenReqInput {
  /** 会员地址 */
  address?: string;
  /** 生日 */
  birthday?: DateInput;
  /** 品牌ID 外部品牌id */
  brand_id?: string;
  /** 渠道 */
  channel: string;
  /** 顾客类型，1:会员，0:顾客 */
  customer_type: Int64Input;
  /** 邮箱 */
  email?: string;
  /** 性别 0女 1男 */
  gender?: string;
  /** 发票 */
  invoice?: string;
  /** 等级ID */
  level_id?: string;
  /** 手机号 */
  mobile?: string;
  /** 姓名 */
  name?: string;
  /** 操作人ID */
  operator_id?: string;
  /** 外部ID */
  outer_id: string;
  /** 外部ID类型 */
  outer_type: string;
  /** 固定电话 */
  phone?: string;
  /** 备注 */
  remark?: string;
  /** 请求ID，用于保障幂等性 */
  request_id: string;
  /** 店铺ID */
  shop_id?: string;
  /** 标签列表 */
  tag_id_list?: string[];
  /** 外部品牌id */
  out_brand_id?: string;
  /** 外部门店id */
  out_shop_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.customer.create`. */
export interface AlibabaAlscCrmCustomerCreateCommonResult {
  /** 顾客ID */
  result?: string;
  /** 返回结果码 */
  result_code?: string;
  /** 返回结果简介 */
  result_desc?: string;
  /** 返回结果描述 */
  result_view?: string;
  /** 调用是否成功 */
  biz_success?: boolean;
}

const REQUEST_SCHEMA = {
  param_customer_create_open_req: {
    address: 'String',
    birthday: 'Date',
    brand_id: 'String',
    channel: 'String',
    customer_type: 'Number',
    email: 'String',
    gender: 'String',
    invoice: 'String',
    level_id: 'String',
    mobile: 'String',
    name: 'String',
    operator_id: 'String',
    outer_id: 'String',
    outer_type: 'String',
    phone: 'String',
    remark: 'String',
    request_id: 'String',
    shop_id: 'String',
    tag_id_list: ['String'],
    out_brand_id: 'String',
    out_shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    biz_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.customer.create`: method, response root, request and response schemas. */
export const alibabaAlscCrmCustomerCreateOperation = {
  method: 'alibaba.alsc.crm.customer.create',
  responseRoot: 'alibaba_alsc_crm_customer_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建顾客 — calls TOP method `alibaba.alsc.crm.customer.create`.
 *
 * 开放本地生活创建顾客功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCustomerCreate(
  client: TopClient,
  request: AlibabaAlscCrmCustomerCreateRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmCustomerCreateResponse> {
  return client.call<AlibabaAlscCrmCustomerCreateResponse>(
    {
      method: 'alibaba.alsc.crm.customer.create',
      responseRoot: 'alibaba_alsc_crm_customer_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

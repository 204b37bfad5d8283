// Generated from specs/cainiaohandover/cainiao.global.handover.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.handover.update` (修改交接单). */
export interface CainiaoGlobalHandoverUpdateRequest {
  /** 用户信息 */
  user_info: CainiaoGlobalHandoverUpdateUserInfoDtoInput;
  /** 重量单位，克:g, 千克:kg，默认g */
  weight_unit?: string;
  /** 大包重量 */
  weight?: Int64Input;
  /** 交接单id */
  handover_order_id: Int64Input;
  /** 大包备注 */
  remark?: string;
  /** 退件信息 */
  return_info?: CainiaoGlobalHandoverUpdateReturnerDtoInput;
  /** 揽收信息 */
  pickup_info?: CainiaoGlobalHandoverUpdatePickupDtoInput;
  /** 交接单类型，菜鸟揽收(cainiao_pickup)或自寄(self_post)，默认菜鸟揽收 */
  type?: string;
  /** ISV名称，ISV：ISV-ISV英文或拼音名称、商家ERP：SELLER-商家英文或拼音名称 */
  client: string;
  /**
   * 要创建交接单的小包编码集合，数量上限200
   *
   * Max list size: 200
   */
  order_code_list: string[];
  /** 多语言 */
  locale?: string;
}

/** Response of `cainiao.global.handover.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalHandoverUpdateResponse {
  /** 请求结果 */
  result?: CainiaoGlobalHandoverUpdateHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserInfoDto` of `cainiao.global.handover.update`. */
export interface CainiaoGlobalHandoverUpdateUserInfoDtoInput {
  /** 每个商家在ISV系统的唯一标识，一般为商家ISV账号的id */
  top_user_key?: string;
}

/** `ReturnerDto` of `cainiao.global.handover.update`. */
export interface CainiaoGlobalHandoverUpdateReturnerDtoInput {
  /** 退件地址 */
  address?: CainiaoGlobalHandoverUpdateAddressDtoInput;
  /** 邮箱 */
  email?: string;
  /** 移动电话, 校验格式：^1(3|4|5|6|7|8|9)\d{9}$ */
  mobile?: string;
  /** 固定电话，可空，校验格式：(^0[\d]{2,3}-[\d]{7,8}$)|(^400[\d]{3,4}[\d]{3,4}$)|(400-[\d]{3,4}-[\d]{3,4}$) */
  phone?: string;
  /** 退件联系人名称，必须包含中文字符 */
  name?: string;
  /** AE后台维护的退件地址ID */
  address_id?: Int64Input;
}

/** `AddressDto` of `cainiao.global.handover.update`. */
export interface CainiaoGlobalHandoverUpdateAddressDtoInput {
  /** 邮编 */
  zip_code?: string;
  /** 详细地址 */
  detail_address: string;
  /** 街道 */
  street: string;
  /** 区 */
  district: string;
  /** 市 */
  city: string;
  /** 省 */
  province: string;
  /** 国家 */
  country: string;
}

/** `PickupDto` of `cainiao.global.handover.update`. */
export interface CainiaoGlobalHandoverUpdatePickupDtoInput {
  /** 揽收地址 */
  address?: CainiaoGlobalHandoverUpdateAddressDtoInput;
  /** 邮箱 */
  email?: string;
  /** 移动电话, 校验格式：^1(3|4|5|6|7|8|9)\d{9}$ */
  mobile?: string;
  /** 固定电话，可空，校验格式：(^0[\d]{2,3}-[\d]{7,8}$)|(^400[\d]{3,4}[\d]{3,4}$)|(400-[\d]{3,4}-[\d]{3,4}$) */
  phone?: string;
  /** 揽收联系人名称，必须包含中文字符 */
  name?: string;
  /** AE后台维护的发件地址ID */
  address_id?: Int64Input;
}

/** `HsfResult` of `cainiao.global.handover.update`. */
export interface CainiaoGlobalHandoverUpdateHsfResult {
  /** 响应数据 */
  data?: CainiaoGlobalHandoverUpdateOpenHandoverUpdateResponse;
  /** 错误信息 */
  error_msg?: string;
  /** 异常码 */
  error_code?: string;
  /** 请求处理是否成功 */
  success?: boolean;
}

/** `OpenHandoverUpdateResponse` of `cainiao.global.handover.update`. */
export interface CainiaoGlobalHandoverUpdateOpenHandoverUpdateResponse {
  /** 更新结果 */
  result?: boolean;
}

const REQUEST_SCHEMA = {
  user_info: {
    top_user_key: 'String',
  },
  weight_unit: 'String',
  weight: 'Number',
  handover_order_id: 'Number',
  remark: 'String',
  return_info: {
    address: {
      zip_code: 'String',
      detail_address: 'String',
      street: 'String',
      district: 'String',
      city: 'String',
      province: 'String',
      country: 'String',
    },
    email: 'String',
    mobile: 'String',
    phone: 'String',
    name: 'String',
    address_id: 'Number',
  },
  pickup_info: {
    address: {
      zip_code: 'String',
      detail_address: 'String',
      street: 'String',
      district: 'String',
      city: 'String',
      province: 'String',
      country: 'String',
    },
    email: 'String',
    mobile: 'String',
    phone: 'String',
    name: 'String',
    address_id: 'Number',
  },
  type: 'String',
  client: 'String',
  order_code_list: ['String'],
  locale: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      result: 'Boolean',
    },
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.handover.update`: method, response root, request and response schemas. */
export const cainiaoGlobalHandoverUpdateOperation = {
  method: 'cainiao.global.handover.update',
  responseRoot: 'cainiao_global_handover_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改交接单 — calls TOP method `cainiao.global.handover.update`.
 *
 * 提供给ISV通过该接口修改交接单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalHandoverUpdate(
  client: TopClient,
  request: CainiaoGlobalHandoverUpdateRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalHandoverUpdateResponse> {
  return client.call<CainiaoGlobalHandoverUpdateResponse>(
    {
      method: 'cainiao.global.handover.update',
      responseRoot: 'cainiao_global_handover_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/cainiaohandover/cainiao.global.handover.savedraft.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.handover.savedraft` (创建交接单草稿). */
export interface CainiaoGlobalHandoverSavedraftRequest {
  /** 用户信息 */
  user_info: CainiaoGlobalHandoverSavedraftUserInfoDtoInput;
  /** 备注 */
  remark?: string;
  /** 大包重量 */
  weight?: Int64Input;
  /** 重量单位，克:g, 千克:kg，默认g */
  weight_unit?: string;
  /** 揽收信息 */
  pickup_info: CainiaoGlobalHandoverSavedraftPickupDtoInput;
  /** 退件信息 */
  return_info?: CainiaoGlobalHandoverSavedraftReturnerDtoInput;
  /** 客户端名称，ISV：ISV-ISV英文或拼音名称、商家ERP：SELLER-商家英文或拼音名称 */
  client: string;
  /**
   * 需要组装大包的小包编码集合，最多限制200个小包
   *
   * Max list size: 200
   */
  order_code_list: string[];
  /** 多语言 */
  locale?: string;
}

/** Response of `cainiao.global.handover.savedraft`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalHandoverSavedraftResponse {
  /** 请求结果 */
  result?: CainiaoGlobalHandoverSavedraftHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserInfoDto` of `cainiao.global.handover.savedraft`. */
export interface CainiaoGlobalHandoverSavedraftUserInfoDtoInput {
  /** 每个商家在ISV系统的唯一标识，一般为商家ISV账号的id */
  top_user_key?: string;
}

/** `PickupDto` of `cainiao.global.handover.savedraft`. */
export interface CainiaoGlobalHandoverSavedraftPickupDtoInput {
  /** 揽收联系人名称，必须包含中文字符 */
  name?: string;
  /** 固定电话，可空，校验格式：(^0[\d]{2,3}-[\d]{7,8}$)|(^400[\d]{3,4}[\d]{3,4}$)|(400-[\d]{3,4}-[\d]{3,4}$) */
  phone?: string;
  /** 移动电话, 校验格式：^1(3|4|5|6|7|8|9)\d{9}$ */
  mobile?: string;
  /** 邮箱 */
  email?: string;
  /** 揽收地址 */
  address?: CainiaoGlobalHandoverSavedraftAddressDtoInput;
  /** AE后台维护的发件地址ID */
  address_id?: Int64Input;
}

/** `AddressDto` of `cainiao.global.handover.savedraft`. */
export interface CainiaoGlobalHandoverSavedraftAddressDtoInput {
  /** 国家 */
  country: string;
  /** 省 */
  province: string;
  /** 市 */
  city: string;
  /** 区 */
  district: string;
  /** 街道 */
  street: string;
  /** 详细地址 */
  detail_address: string;
  /** 邮编 */
  zip_code?: string;
}

/** `ReturnerDto` of `cainiao.global.handover.savedraft`. */
export interface CainiaoGlobalHandoverSavedraftReturnerDtoInput {
  /** 退件地址 */
  address: CainiaoGlobalHandoverSavedraftAddressDtoInput2;
  /** 邮箱 */
  email?: string;
  /** 移动电话, 校验格式：^1(3|4|5|6|7|8|9)\d{9}$ */
  mobile: string;
  /** 固定电话，可空，校验格式：(^0[\d]{2,3}-[\d]{7,8}$)|(^400[\d]{3,4}[\d]{3,4}$)|(400-[\d]{3,4}-[\d]{3,4}$) */
  phone?: string;
  /** 退件联系人名称，必须包含中文字符 */
  name: string;
  /** AE后台维护的退货地址ID */
  address_id?: Int64Input;
}

/** `AddressDto` of `cainiao.global.handover.savedraft`. */
export interface CainiaoGlobalHandoverSavedraftAddressDtoInput2 {
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

/** `HsfResult` of `cainiao.global.handover.savedraft`. */
export interface CainiaoGlobalHandoverSavedraftHsfResult {
  /** 响应数据 */
  data?: CainiaoGlobalHandoverSavedraftOpenHandoverDraftSaveResponse;
  /** 错误信息 */
  error_msg?: string;
  /** 异常码 */
  error_code?: string;
  /** 请求处理是否成功 */
  success?: boolean;
}

/** `OpenHandoverDraftSaveResponse` of `cainiao.global.handover.savedraft`. */
export interface CainiaoGlobalHandoverSavedraftOpenHandoverDraftSaveResponse {
  /** 交接批次号，即交接单id */
  handover_order_id?: Int64;
  /** 交接物id，即大包id */
  handover_content_id?: Int64;
}

const REQUEST_SCHEMA = {
  user_info: {
    top_user_key: 'String',
  },
  remark: 'String',
  weight: 'Number',
  weight_unit: 'String',
  pickup_info: {
    name: 'String',
    phone: 'String',
    mobile: 'String',
    email: 'String',
    address: {
      country: 'String',
      province: 'String',
      city: 'String',
      district: 'String',
      street: 'String',
      detail_address: 'String',
      zip_code: 'String',
    },
    address_id: 'Number',
  },
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
  client: 'String',
  order_code_list: ['String'],
  locale: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      handover_order_id: 'Number',
      handover_content_id: 'Number',
    },
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.handover.savedraft`: method, response root, request and response schemas. */
export const cainiaoGlobalHandoverSavedraftOperation = {
  method: 'cainiao.global.handover.savedraft',
  responseRoot: 'cainiao_global_handover_savedraft_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建交接单草稿 — calls TOP method `cainiao.global.handover.savedraft`.
 *
 * 提供给ISV通过该接口创建交接单草稿
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalHandoverSavedraft(
  client: TopClient,
  request: CainiaoGlobalHandoverSavedraftRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalHandoverSavedraftResponse> {
  return client.call<CainiaoGlobalHandoverSavedraftResponse>(
    {
      method: 'cainiao.global.handover.savedraft',
      responseRoot: 'cainiao_global_handover_savedraft_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

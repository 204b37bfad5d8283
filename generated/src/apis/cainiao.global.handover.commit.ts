// Generated from specs/cainiaohandover/cainiao.global.handover.commit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.handover.commit` (提交发布交接单). */
export interface CainiaoGlobalHandoverCommitRequest {
  /** 大包备注 */
  remark?: string;
  /** 退件信息 */
  return_info?: CainiaoGlobalHandoverCommitReturnerDtoInput;
  /** 揽收信息 */
  pickup_info: CainiaoGlobalHandoverCommitPickupDtoInput;
  /**
   * 要创建交接单的小包编码集合，数量上限1000
   *
   * Max list size: 1000
   */
  order_code_list: string[];
  /** 大包重量 */
  weight?: Int64Input;
  /** 交接单id */
  handover_order_id?: Int64Input;
  /** 用户信息 */
  user_info: CainiaoGlobalHandoverCommitUserInfoDtoInput;
  /** 重量单位，克:g, 千克:kg，默认g */
  weight_unit?: string;
  /** 交接单类型：cainiao_pickup(菜鸟揽收)、self_post(自寄)、self_send(自送) */
  type?: string;
  /** ISV名称，ISV：ISV-ISV英文或拼音名称、商家ERP：SELLER-商家英文或拼音名称 */
  client: string;
  /** 多语言 */
  locale?: string;
  /** 扩展字段 */
  features?: CainiaoGlobalHandoverCommitFeaturesInput;
  /** 预约交货方式（bigbag：大包预约，batch：批次预约）） */
  appointment_type?: string;
  /** 国内运单号（交接单类型type为self_post(自寄)时必填） */
  domestic_tracking_no?: string;
  /** 国内物流公司id（交接单类型type为self_post(自寄)时必填） */
  domestic_logistics_company_id?: Int64Input;
  /** 国内物流公司名称（交接单类型type为self_post(自寄)时必填） */
  domestic_logistics_company?: string;
}

/** Response of `cainiao.global.handover.commit`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalHandoverCommitResponse {
  /** 请求结果 */
  result?: CainiaoGlobalHandoverCommitHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReturnerDto` of `cainiao.global.handover.commit`. */
export interface CainiaoGlobalHandoverCommitReturnerDtoInput {
  /** 退件地址 */
  address?: CainiaoGlobalHandoverCommitAddressDtoInput;
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

/** `AddressDto` of `cainiao.global.handover.commit`. */
export interface CainiaoGlobalHandoverCommitAddressDtoInput {
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

/** `PickupDto` of `cainiao.global.handover.commit`. */
export interface CainiaoGlobalHandoverCommitPickupDtoInput {
  /** 揽收地址 */
  address?: CainiaoGlobalHandoverCommitAddressDtoInput;
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

/** `UserInfoDto` of `cainiao.global.handover.commit`. */
export interface CainiaoGlobalHandoverCommitUserInfoDtoInput {
  /** 每个商家在ISV系统的唯一标识，一般为商家ISV账号的id */
  top_user_key?: string;
}

/** `Features` of `cainiao.global.handover.commit`. */
export interface CainiaoGlobalHandoverCommitFeaturesInput {
  /** 货好时间时间戳 */
  gmt_ready_to_ship?: Int64Input;
  /** 托盘数量 */
  pallet_quantity?: Int64Input;
  /** 容器类型(1、托盘;2、大包或盒子3、散装) */
  container_type?: string;
  /** 是否预先组大包，true：是。false：否 */
  pre_package?: string;
}

/** `HsfResult` of `cainiao.global.handover.commit`. */
export interface CainiaoGlobalHandoverCommitHsfResult {
  /** 响应数据 */
  data?: CainiaoGlobalHandoverCommitOpenHandoverCommitResponse;
  /** 错误信息 */
  error_msg?: string;
  /** 异常码 */
  error_code?: string;
  /** 请求处理是否成功 */
  success?: boolean;
}

/** `OpenHandoverCommitResponse` of `cainiao.global.handover.commit`. */
export interface CainiaoGlobalHandoverCommitOpenHandoverCommitResponse {
  /** 交接物id，即大包id */
  handover_content_id?: Int64;
  /** 交接批次号，即交接单id */
  handover_order_id?: Int64;
  /** 交接物编码，即大包LP号 */
  handover_content_code?: string;
}

const REQUEST_SCHEMA = {
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
  order_code_list: ['String'],
  weight: 'Number',
  handover_order_id: 'Number',
  user_info: {
    top_user_key: 'String',
  },
  weight_unit: 'String',
  type: 'String',
  client: 'String',
  locale: 'String',
  features: {
    gmt_ready_to_ship: 'Number',
    pallet_quantity: 'Number',
    container_type: 'String',
    pre_package: 'String',
  },
  appointment_type: 'String',
  domestic_tracking_no: 'String',
  domestic_logistics_company_id: 'Number',
  domestic_logistics_company: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      handover_content_id: 'Number',
      handover_order_id: 'Number',
      handover_content_code: 'String',
    },
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.handover.commit`: method, response root, request and response schemas. */
export const cainiaoGlobalHandoverCommitOperation = {
  method: 'cainiao.global.handover.commit',
  responseRoot: 'cainiao_global_handover_commit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交发布交接单 — calls TOP method `cainiao.global.handover.commit`.
 *
 * 提供给ISV通过该接口提交发布交接单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalHandoverCommit(
  client: TopClient,
  request: CainiaoGlobalHandoverCommitRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalHandoverCommitResponse> {
  return client.call<CainiaoGlobalHandoverCommitResponse>(
    {
      method: 'cainiao.global.handover.commit',
      responseRoot: 'cainiao_global_handover_commit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

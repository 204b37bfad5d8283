// Generated from specs/logistic/cainiao.reachable.batchjudge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.reachable.batchjudge` (是否派送可达判定批量查询接口). */
export interface CainiaoReachableBatchjudgeRequest {
  /** 1:快递 2:快运 */
  address_type: Int64Input;
  /** 收发信息 */
  data: CainiaoReachableBatchjudgeRoutingReachableBatchRequestDtoInput;
  /** 调用方对象 */
  client_info: CainiaoReachableBatchjudgeClientInfoDtoInput;
}

/** Response of `cainiao.reachable.batchjudge`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoReachableBatchjudgeResponse {
  /** 结果 */
  result?: CainiaoReachableBatchjudgeBaseResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RoutingReachableBatchRequestDto` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeRoutingReachableBatchRequestDtoInput {
  /** 快递公司code */
  cp_code: string;
  /** 收发地址和服务列表 */
  address_and_service_list: CainiaoReachableBatchjudgeReachableAddressAndServiceDtoInput[];
  /** 发件揽收网点 */
  send_branch_code?: string;
}

/** `ReachableAddressAndServiceDto` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeReachableAddressAndServiceDtoInput {
  /** 收货地址 */
  receive_address: CainiaoReachableBatchjudgeReceiveAddressInput;
  /** 服务列表,每一项必须为json的string格式,快运必填,快递为空则默认为'标准快递' */
  service_code_list?: string[];
  /** 每条收发地址的key,用户自定义,每次请求多个地址不能重复 */
  object_id: string;
  /** 发货地址 */
  send_address?: CainiaoReachableBatchjudgeAddressDtoInput;
  /** 淘宝开放地址ID */
  oaid?: string;
  /** 订单id */
  order_id?: Int64Input;
  /** C2M&1688开放地址ID */
  caid?: string;
}

/** `ReceiveAddress` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeReceiveAddressInput {
  /** 镇/街道 */
  town_name?: string;
  /** 详细地址 */
  address_detail: string;
  /** 市 */
  city_name?: string;
  /** 区 */
  area_name?: string;
  /** 省 */
  province_name: string;
}

/** `AddressDto` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeAddressDtoInput {
  /** 镇/街道 */
  town_name?: string;
  /** 详细地址 */
  address_detail?: string;
  /** 市 */
  city_name?: string;
  /** 区 */
  area_name?: string;
  /** 省 */
  province_name?: string;
}

/** `ClientInfoDto` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeClientInfoDtoInput {
  /** 调用时自定义描述信息 */
  description?: string;
}

/** `BaseResultDto` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeBaseResultDto {
  /** 请求错误信息 */
  one_error_info?: CainiaoReachableBatchjudgeErrorInfo;
  /** 请求是否成功 */
  success?: boolean;
  /** 返回信息 */
  module?: CainiaoReachableBatchjudgeReachableServiceWaybillForTopResponseDto;
}

/** `ErrorInfo` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeErrorInfo {
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `ReachableServiceWaybillForTopResponseDto` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeReachableServiceWaybillForTopResponseDto {
  /** 结果列表 */
  result_list?: CainiaoReachableBatchjudgeReachableServiceWaybillResponseDto[];
}

/** `ReachableServiceWaybillResponseDto` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeReachableServiceWaybillResponseDto {
  /** 单个结果是否异常 */
  error_info?: CainiaoReachableBatchjudgeErrorInfo;
  /** 单个结果是否成功 */
  success?: boolean;
  /** 可达信息 */
  module?: CainiaoReachableBatchjudgeReachableDto;
  /** 与入参地址列表中单项objectId对应 */
  object_id?: string;
}

/** `ReachableDto` of `cainiao.reachable.batchjudge`. */
export interface CainiaoReachableBatchjudgeReachableDto {
  /** 阻断原因 */
  interrupt_reason?: string;
  /** 是否阻断 true:阻断 false:可达 */
  interrupt_apply_waybill_code?: boolean;
}

const REQUEST_SCHEMA = {
  address_type: 'Number',
  data: {
    cp_code: 'String',
    address_and_service_list: [
      {
        receive_address: {
          town_name: 'String',
          address_detail: 'String',
          city_name: 'String',
          area_name: 'String',
          province_name: 'String',
        },
        service_code_list: ['String'],
        object_id: 'String',
        send_address: {
          town_name: 'String',
          address_detail: 'String',
          city_name: 'String',
          area_name: 'String',
          province_name: 'String',
        },
        oaid: 'String',
        order_id: 'Number',
        caid: 'String',
      },
    ],
    send_branch_code: 'String',
  },
  client_info: {
    description: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    one_error_info: {
      error_message: 'String',
      error_code: 'String',
    },
    success: 'Boolean',
    module: {
      result_list: [
        {
          error_info: {
            error_message: 'String',
            error_code: 'String',
          },
          success: 'Boolean',
          module: {
            interrupt_reason: 'String',
            interrupt_apply_waybill_code: 'Boolean',
          },
          object_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.reachable.batchjudge`: method, response root, request and response schemas. */
export const cainiaoReachableBatchjudgeOperation = {
  method: 'cainiao.reachable.batchjudge',
  responseRoot: 'cainiao_reachable_batchjudge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 是否派送可达判定批量查询接口 — calls TOP method `cainiao.reachable.batchjudge`.
 *
 * 提供给商家在发货之前做截单处理，输入物流商编码和收发货地址进行可达判定，目前支持国内主流的物流服务商, 支持快运和快递两种类型
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoReachableBatchjudge(
  client: TopClient,
  request: CainiaoReachableBatchjudgeRequest,
  options?: CallOptions,
): Promise<CainiaoReachableBatchjudgeResponse> {
  return client.call<CainiaoReachableBatchjudgeResponse>(
    {
      method: 'cainiao.reachable.batchjudge',
      responseRoot: 'cainiao_reachable_batchjudge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.serviceworker.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.serviceworker.save` (服务商绑定工人). */
export interface AlibabaSscSupplyplatformServiceworkerSaveRequest {
  /** 工人保存参数 */
  worker_save_for_top_req_dto?: AlibabaSscSupplyplatformServiceworkerSaveWorkerSaveForTopReqDtoInput;
}

/** Response of `alibaba.ssc.supplyplatform.serviceworker.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServiceworkerSaveResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServiceworkerSaveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkerSaveForTopReqDto` of `alibaba.ssc.supplyplatform.serviceworker.save`. */
export interface AlibabaSscSupplyplatformServiceworkerSaveWorkerSaveForTopReqDtoInput {
  /** 身份证号码 */
  id_number?: string;
  /** 用户地址 */
  address?: string;
  /** 用户地址编码 */
  address_id?: Int64Input;
  /** 真实姓名 */
  real_name?: string;
  /** 工人技能参数 */
  worker_service_ability?: AlibabaSscSupplyplatformServiceworkerSaveWorkerServiceAbilityInput;
  /** 加入的网点参数 */
  joined_store?: AlibabaSscSupplyplatformServiceworkerSaveJoinedStoreInput;
  /** 手机号 */
  phone?: string;
}

/** `WorkerServiceAbility` of `alibaba.ssc.supplyplatform.serviceworker.save`. */
export interface AlibabaSscSupplyplatformServiceworkerSaveWorkerServiceAbilityInput {
  /** 工人可服务区域 */
  area_code_list?: Int64Input[];
}

/** `JoinedStore` of `alibaba.ssc.supplyplatform.serviceworker.save`. */
export interface AlibabaSscSupplyplatformServiceworkerSaveJoinedStoreInput {
  /** 网点code */
  service_store_code?: string;
}

/** `Result` of `alibaba.ssc.supplyplatform.serviceworker.save`. */
export interface AlibabaSscSupplyplatformServiceworkerSaveResult {
  /** 错误代码 */
  error_code?: string;
  /** 展示信息 */
  display_msg?: string;
  /** 是否成功 */
  success?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  worker_save_for_top_req_dto: {
    id_number: 'String',
    address: 'String',
    address_id: 'Number',
    real_name: 'String',
    worker_service_ability: {
      area_code_list: ['Number'],
    },
    joined_store: {
      service_store_code: 'String',
    },
    phone: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    display_msg: 'String',
    success: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.serviceworker.save`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServiceworkerSaveOperation = {
  method: 'alibaba.ssc.supplyplatform.serviceworker.save',
  responseRoot: 'alibaba_ssc_supplyplatform_serviceworker_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商绑定工人 — calls TOP method `alibaba.ssc.supplyplatform.serviceworker.save`.
 *
 * 服务商将上传工人与服务商自己建立关系，需要将工人的服务区域和住址回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServiceworkerSave(
  client: TopClient,
  request: AlibabaSscSupplyplatformServiceworkerSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServiceworkerSaveResponse> {
  return client.call<AlibabaSscSupplyplatformServiceworkerSaveResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.serviceworker.save',
      responseRoot: 'alibaba_ssc_supplyplatform_serviceworker_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alink/alibaba.alink.device.unify.status.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alink.device.unify.status.set` (设置设备标准属性状态). */
export interface AlibabaAlinkDeviceUnifyStatusSetRequest {
  /** uuid */
  uuid?: string;
  /** 设备的设置参数数据 */
  instructions?: string;
}

/** Response of `alibaba.alink.device.unify.status.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlinkDeviceUnifyStatusSetResponse {
  /** 结果 */
  result?: AlibabaAlinkDeviceUnifyStatusSetTopServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceResult` of `alibaba.alink.device.unify.status.set`. */
export interface AlibabaAlinkDeviceUnifyStatusSetTopServiceResult {
  /** 接口返回数据 */
  data?: string | Record<string, unknown>;
  /** code */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  msg?: string;
  /** 详细描述 */
  description?: string;
}

const REQUEST_SCHEMA = {
  uuid: 'String',
  instructions: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Json',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
    description: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alink.device.unify.status.set`: method, response root, request and response schemas. */
export const alibabaAlinkDeviceUnifyStatusSetOperation = {
  method: 'alibaba.alink.device.unify.status.set',
  responseRoot: 'alibaba_alink_device_unify_status_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设置设备标准属性状态 — calls TOP method `alibaba.alink.device.unify.status.set`.
 *
 * 操作用户绑定的设备
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlinkDeviceUnifyStatusSet(
  client: TopClient,
  request: AlibabaAlinkDeviceUnifyStatusSetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlinkDeviceUnifyStatusSetResponse> {
  return client.call<AlibabaAlinkDeviceUnifyStatusSetResponse>(
    {
      method: 'alibaba.alink.device.unify.status.set',
      responseRoot: 'alibaba_alink_device_unify_status_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

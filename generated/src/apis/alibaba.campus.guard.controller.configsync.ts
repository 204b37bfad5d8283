// Generated from specs/campus/alibaba.campus.guard.controller.configsync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.guard.controller.configsync` (门禁控制器配置项同步). */
export interface AlibabaCampusGuardControllerConfigsyncRequest {
  /** 查询参数类 */
  controller_query?: AlibabaCampusGuardControllerConfigsyncControllerQueryInput;
}

/** Response of `alibaba.campus.guard.controller.configsync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusGuardControllerConfigsyncResponse {
  /** 结果对象 */
  result?: AlibabaCampusGuardControllerConfigsyncPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ControllerQuery` of `alibaba.campus.guard.controller.configsync`. */
export interface AlibabaCampusGuardControllerConfigsyncControllerQueryInput {
  /** 序列号 */
  sn_no: string;
}

/** `PojoResult` of `alibaba.campus.guard.controller.configsync`. */
export interface AlibabaCampusGuardControllerConfigsyncPojoResult {
  /** 业务成功标识 */
  success?: boolean;
  /** 错误code */
  error_code?: string;
  /** 内容 */
  content?: AlibabaCampusGuardControllerConfigsyncControllerDTO;
  /** 错误信息 */
  error_msg?: string;
}

/** `ControllerDTO` of `alibaba.campus.guard.controller.configsync`. */
export interface AlibabaCampusGuardControllerConfigsyncControllerDTO {
  /** 序列号 */
  sn_no?: string;
  /** 控制器名称 */
  device_name?: string;
  /** 园区名称 */
  campus_name?: string;
  /** guardConfigList */
  config_list?: AlibabaCampusGuardControllerConfigsyncGuardConfigDTO[];
  /** 控制器设备id */
  device_id?: string;
}

/** `GuardConfigDTO` of `alibaba.campus.guard.controller.configsync`. */
export interface AlibabaCampusGuardControllerConfigsyncGuardConfigDTO {
  /** guard */
  guard?: AlibabaCampusGuardControllerConfigsyncGuard;
  /** 设备 */
  input_list?: AlibabaCampusGuardControllerConfigsyncSubDeviceDTO[];
  /** 子设备 */
  output_list?: AlibabaCampusGuardControllerConfigsyncSubDeviceDTO[];
  /** 常开时间计划 */
  open_plan_id?: Int64;
  /** 封阻时间计划 */
  block_plan_id?: Int64;
}

/** `Guard` of `alibaba.campus.guard.controller.configsync`. */
export interface AlibabaCampusGuardControllerConfigsyncGuard {
  /** 门禁点id */
  id?: Int64;
  /** 门禁点名称 */
  name?: string;
}

/** `SubDeviceDTO` of `alibaba.campus.guard.controller.configsync`. */
export interface AlibabaCampusGuardControllerConfigsyncSubDeviceDTO {
  /** 设备子类 */
  kind?: string;
  /** 电平量信号输入 */
  port_type?: string;
  /** 端口号 */
  port?: number;
  /** 子设备名称 */
  sub_device_name?: string;
  /** 出 */
  direction?: string;
  /** xxx */
  sub_device_id?: string;
}

const REQUEST_SCHEMA = {
  controller_query: {
    sn_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      sn_no: 'String',
      device_name: 'String',
      campus_name: 'String',
      config_list: [
        {
          guard: {
            id: 'Number',
            name: 'String',
          },
          input_list: [
            {
              kind: 'String',
              port_type: 'String',
              port: 'byte',
              sub_device_name: 'String',
              direction: 'String',
              sub_device_id: 'String',
            },
          ],
          output_list: [
            {
              kind: 'String',
              port_type: 'String',
              port: 'byte',
              sub_device_name: 'String',
              direction: 'String',
              sub_device_id: 'String',
            },
          ],
          open_plan_id: 'Number',
          block_plan_id: 'Number',
        },
      ],
      device_id: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.guard.controller.configsync`: method, response root, request and response schemas. */
export const alibabaCampusGuardControllerConfigsyncOperation = {
  method: 'alibaba.campus.guard.controller.configsync',
  responseRoot: 'alibaba_campus_guard_controller_configsync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门禁控制器配置项同步 — calls TOP method `alibaba.campus.guard.controller.configsync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusGuardControllerConfigsync(
  client: TopClient,
  request: AlibabaCampusGuardControllerConfigsyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusGuardControllerConfigsyncResponse> {
  return client.call<AlibabaCampusGuardControllerConfigsyncResponse>(
    {
      method: 'alibaba.campus.guard.controller.configsync',
      responseRoot: 'alibaba_campus_guard_controller_configsync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
